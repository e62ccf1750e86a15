<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QuoteReader::CorrectionController</name>
    <message numerus="yes">
        <source>De&amp;lete %n Quotes</source>
        <translation>
            <numerusform>De&amp;lete %n Quote</numerusform>
            <numerusform>De&amp;lete %n Quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who said the %n selected quote(s)? Pick a name or type a new one:</source>
        <translation>
            <numerusform>Who said the selected quote? Pick a name or type a new one:</numerusform>
            <numerusform>Who said the %n selected quotes? Pick a name or type a new one:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) of yours restored.</source>
        <translation>
            <numerusform>%n correction of yours restored.</numerusform>
            <numerusform>%n corrections of yours restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n correction exported to “%1”.</numerusform>
            <numerusform>%n corrections exported to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the corrections imported could not be applied to this article: their quote or speaker is not found in it. They are kept, and listed first below.</source>
        <translation>
            <numerusform>%n of the corrections imported could not be applied to this article: its quote or speaker is not found in it. It is kept, and listed first below.</numerusform>
            <numerusform>%n of the corrections imported could not be applied to this article: their quote or speaker is not found in it. They are kept, and listed first below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) imported.</source>
        <translation>
            <numerusform>%n correction imported.</numerusform>
            <numerusform>%n corrections imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteReader::Exporter</name>
    <message numerus="yes">
        <source>Copied %n quote(s).</source>
        <translation>
            <numerusform>Copied %n quote.</numerusform>
            <numerusform>Copied %n quotes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteReader::FilterBar</name>
    <message numerus="yes">
        <source>%1 of %n quote(s)</source>
        <translation>
            <numerusform>%1 of %n quote</numerusform>
            <numerusform>%1 of %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the text</source>
        <translation>
            <numerusform>%n in the text</numerusform>
            <numerusform>%n in the text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteReader::MainWindow</name>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteReader::SectionModel</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
</TS>
