<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QuoteReader::ArticleSession</name>
    <message>
        <source>Delete Quotes</source>
        <translation>删除引语</translation>
    </message>
    <message>
        <source>Import Corrections</source>
        <translation>导入修正</translation>
    </message>
    <message>
        <source>Revert All Corrections</source>
        <translation>撤销所有修正</translation>
    </message>
    <message>
        <source>Remove Corrections Not Applied</source>
        <translation>删除未应用的修正</translation>
    </message>
</context>
<context>
    <name>QuoteReader::CorrectionController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Corrections</source>
        <translation>修正(&amp;C)</translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation>更改发言者(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Give the selected quotes to another speaker, or to a new one (Ctrl+Shift+S)</source>
        <translation>把选中的引语改给另一位发言者，或新的发言者（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Direct Quote</source>
        <translation>直接引语(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Indirect Quote</source>
        <translation>间接引语(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Toggle Direct/Indirect</source>
        <translation>切换直接/间接(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Set Quote to Se&amp;lection</source>
        <translation>以选中范围为引语(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>The current quote becomes the text selected in the article (Ctrl+Shift+B)</source>
        <translation>当前的引语改为文章中选中的文字（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <source>De&amp;lete Quote</source>
        <translation>删除引语(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add Quote from Selection…</source>
        <translation>从选中范围添加引语(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A quote the reader missed: select its words in the article (Ctrl+Shift+N)</source>
        <translation>程序漏掉的引语：先在文章中选中它的文字（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Rename Speaker…</source>
        <translation>重命名发言者(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit R&amp;ole…</source>
        <translation>编辑职务(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Merge Speaker Into…</source>
        <translation>把发言者并入(&amp;M)…</translation>
    </message>
    <message>
        <source>Show All &amp;Corrections…</source>
        <translation>显示所有修正(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;vert All Corrections</source>
        <translation>撤销所有修正(&amp;V)</translation>
    </message>
    <message>
        <source>Every correction taken back; Undo brings them back.</source>
        <translation>已撤销所有修正；“撤销”可以找回。</translation>
    </message>
    <message>
        <source>Export Co&amp;rrections…</source>
        <translation>导出修正(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import Corrections…</source>
        <translation>导入修正(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>重命名“%1”(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit R&amp;ole of “%1”…</source>
        <translation>编辑“%1”的职务(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Merge “%1” Into…</source>
        <translation>把“%1”并入(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n Quotes</source>
        <translation>
            <numerusform>删除 %n 条引语(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>发言者(&amp;S)</translation>
    </message>
    <message>
        <source>(No Speaker)</source>
        <translation>（无发言者）</translation>
    </message>
    <message>
        <source>Other Speaker…</source>
        <translation>其他发言者…</translation>
    </message>
    <message>
        <source>&amp;Merge “%1” Into</source>
        <translation>把“%1”并入(&amp;M)</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>更改发言者</translation>
    </message>
    <message numerus="yes">
        <source>Who said the %n selected quote(s)? Pick a name or type a new one:</source>
        <translation>
            <numerusform>选中的 %n 条引语是谁说的？请选择姓名或输入新的姓名：</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the quote&apos;s words in the article, with one quote current.</source>
        <translation>请先选定一条引语，再在文章中选中它的文字。</translation>
    </message>
    <message>
        <source>The quote already has those words.</source>
        <translation>这条引语已经是这些文字。</translation>
    </message>
    <message>
        <source>Select the words of the quote in the article first.</source>
        <translation>请先在文章中选中引语的文字。</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>添加引语</translation>
    </message>
    <message>
        <source>Who said “%1”? Pick a name or type a new one:</source>
        <translation>“%1”是谁说的？请选择姓名或输入新的姓名：</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>重命名发言者</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新姓名：</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>编辑职务</translation>
    </message>
    <message>
        <source>Role or title of “%1”:</source>
        <translation>“%1”的职务或头衔：</translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>合并发言者</translation>
    </message>
    <message>
        <source>“%1” is the same person as:</source>
        <translation>“%1”和这位是同一人：</translation>
    </message>
    <message>
        <source>Corrections not saved: %1</source>
        <translation>修正未保存：%1</translation>
    </message>
    <message>
        <source>Corrections Not Saved</source>
        <translation>修正未保存</translation>
    </message>
    <message>
        <source>%1

They stay in this window; export them (File &gt; Export Corrections…) to keep them.</source>
        <translation>%1

修正仍保留在这个窗口中；请导出（文件 &gt; 导出修正…）以免丢失。</translation>
    </message>
    <message>
        <source>Corrections Not Restored</source>
        <translation>修正未能恢复</translation>
    </message>
    <message>
        <source>Some of your corrections could not be applied to this version of the article: their quote or speaker is no longer found. They are kept, and listed first below.</source>
        <translation>你的部分修正无法应用到这个版本的文章：找不到它们的引语或发言者。这些修正仍会保留，列在下方最前面。</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) of yours restored.</source>
        <translation>
            <numerusform>已恢复你的 %n 项修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to “%1”: no article is open.</source>
        <translation>无法导出到“%1”：尚未打开任何文章。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) exported to “%1”.</source>
        <translation>
            <numerusform>已把 %n 项修正导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import “%1”: no article is open.</source>
        <translation>无法导入“%1”：尚未打开任何文章。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>“%1” holds no correction.</source>
        <translation>“%1”中没有任何修正。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the corrections imported could not be applied to this article: their quote or speaker is not found in it. They are kept, and listed first below.</source>
        <translation>
            <numerusform>导入的修正中有 %n 项无法应用到这篇文章：文中找不到它们的引语或发言者。这些修正仍会保留，列在下方最前面。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 项修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrections of “%1”</source>
        <translation>“%1”的修正</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No corrections yet: right-click a quote or a speaker to correct it.</source>
        <translation>还没有修正：在引语或发言者上单击右键即可修正。</translation>
    </message>
    <message>
        <source>Remove Those Not Applied</source>
        <translation>删除未应用的修正</translation>
    </message>
    <message>
        <source>Export Corrections</source>
        <translation>导出修正</translation>
    </message>
    <message>
        <source>QuoteReader corrections (*.json)</source>
        <translation>QuoteReader 修正文件 (*.json)</translation>
    </message>
    <message>
        <source>Import Corrections</source>
        <translation>导入修正</translation>
    </message>
    <message>
        <source>QuoteReader corrections (*.json);;All files (*)</source>
        <translation>QuoteReader 修正文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>The file was made for “%1”, whose text differs from this article&apos;s.</source>
        <translation>这个文件是为“%1”做的，它的内容和这篇文章不同。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::CorrectionStore</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>无法删除“%1”。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Corrections</name>
    <message>
        <source>(no speaker)</source>
        <translation>（无发言者）</translation>
    </message>
    <message>
        <source>direct quote</source>
        <translation>直接引语</translation>
    </message>
    <message>
        <source>indirect quote</source>
        <translation>间接引语</translation>
    </message>
    <message>
        <source>no quote stands at %1 any more</source>
        <translation>%1 处已经没有引语</translation>
    </message>
    <message>
        <source>the words %1 are no longer in the article</source>
        <translation>文章中已经没有 %1 这些文字</translation>
    </message>
    <message>
        <source>there is no speaker named %1</source>
        <translation>没有名为 %1 的发言者</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>更改发言者</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>修改类型</translation>
    </message>
    <message>
        <source>Set Quote to Selection</source>
        <translation>以选中范围为引语</translation>
    </message>
    <message>
        <source>Delete Quote</source>
        <translation>删除引语</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>添加引语</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>重命名发言者</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>编辑职务</translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>合并发言者</translation>
    </message>
    <message>
        <source>Speaker of %1 → %2</source>
        <translation>%1 的发言者 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Quote %1 → %2</source>
        <translation>引语 %1 → %2</translation>
    </message>
    <message>
        <source>Quote %1 deleted</source>
        <translation>已删除引语 %1</translation>
    </message>
    <message>
        <source>Quote %1 added (%2, %3)</source>
        <translation>已添加引语 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Speaker %1 renamed %2</source>
        <translation>发言者 %1 改名为 %2</translation>
    </message>
    <message>
        <source>Role of %1 removed</source>
        <translation>已删除 %1 的职务</translation>
    </message>
    <message>
        <source>Role of %1 → %2</source>
        <translation>%1 的职务 → %2</translation>
    </message>
    <message>
        <source>Speaker %1 merged into %2</source>
        <translation>发言者 %1 已并入 %2</translation>
    </message>
    <message>
        <source>has no valid “%1”</source>
        <translation>没有有效的“%1”</translation>
    </message>
    <message>
        <source>has no “action”</source>
        <translation>没有“action”</translation>
    </message>
    <message>
        <source>has the unknown action “%1”</source>
        <translation>的操作“%1”无法识别</translation>
    </message>
    <message>
        <source>Corrections file %1: %2</source>
        <translation>修正文件 %1：%2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1 at byte %2).</source>
        <translation>这不是有效的 JSON（第 %2 个字节：%1）。</translation>
    </message>
    <message>
        <source>this is not a QuoteReader corrections file (its “format” is not “%1”).</source>
        <translation>这不是 QuoteReader 修正文件（“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>it has no list of “corrections”.</source>
        <translation>文件中没有“corrections”列表。</translation>
    </message>
    <message>
        <source>correction %1 %2.</source>
        <translation>第 %1 项修正%2。</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>the file is too large to be a corrections file.</source>
        <translation>文件太大，不可能是修正文件。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Export</name>
    <message>
        <source>Unattributed</source>
        <translation>未知发言者</translation>
    </message>
    <message>
        <source>Quotes from %1</source>
        <translation>%1 的引语</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 条引语</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 条引语</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 位发言者</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>%1 位发言者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>there is no document to export.</source>
        <translation>没有可导出的文档。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Exporter</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV，供电子表格使用 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>已导出到“%1”。</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: no article is open.</source>
        <translation>无法导出到“%1”：尚未打开任何文章。</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the writer reported no reason.</source>
        <translation>无法导出到“%1”：写入程序未说明原因。</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>导出引语</translation>
    </message>
    <message>
        <source>Could not copy: the writers are not available.</source>
        <translation>无法复制：没有可用的输出格式。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n quote(s).</source>
        <translation>
            <numerusform>已复制 %n 条引语。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>打印文章</translation>
    </message>
    <message>
        <source>Print Quotes</source>
        <translation>打印引语</translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation>将文章导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Quotes as PDF</source>
        <translation>将引语导出为 PDF</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Files</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>那是文件夹。</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>那不是普通文件。</translation>
    </message>
    <message>
        <source>the data could not be written.</source>
        <translation>无法写入数据。</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>文件是只读的。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::FilterBar</name>
    <message>
        <source>&amp;Speaker:</source>
        <translation>发言者(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接引语</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>间接引语</translation>
    </message>
    <message>
        <source>Search quotes, speakers, pinyin (Ctrl+F)</source>
        <translation>搜索引语、发言者、拼音（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quote(s)</source>
        <translation>
            <numerusform>%1 / %n 条引语</numerusform>
        </translation>
    </message>
    <message>
        <source>No quotes</source>
        <translation>没有引语</translation>
    </message>
    <message>
        <source>Places in the article&apos;s text where the words searched for stand (F3: next, Shift+F3: previous)</source>
        <translation>搜索的文字在文章正文中出现的位置（F3：下一处，Shift+F3：上一处）</translation>
    </message>
    <message>
        <source>Corrected onl&amp;y</source>
        <translation>只显示修正过的(&amp;Y)</translation>
    </message>
    <message>
        <source>Show only the quotes you corrected or added</source>
        <translation>只显示你修正或添加的引语</translation>
    </message>
    <message>
        <source>not in the text</source>
        <translation>正文中没有</translation>
    </message>
    <message numerus="yes">
        <source>%n in the text</source>
        <translation>
            <numerusform>正文中 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 in the text</source>
        <translation>正文中第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Languages</name>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Loader</name>
    <message>
        <source>this looks like a binary file, not text (NUL bytes at offset %1).</source>
        <translation>这看起来是二进制文件，不是文本（偏移 %1 处有 NUL 字节）。</translation>
    </message>
    <message>
        <source>this looks like a binary file, not text (%1 control characters in the first %2 bytes).</source>
        <translation>这看起来是二进制文件，不是文本（前 %2 个字节中有 %1 个控制字符）。</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark but is not valid %1 at byte offset %2.</source>
        <translation>文件开头是 %1 字节顺序标记，但在字节偏移 %2 处不是有效的 %1。</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised (none of the likely encodings decodes it).</source>
        <translation>无法识别文本编码（可能的编码都无法解码）。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>the file is %1, larger than the limit of %2.</source>
        <translation>文件大小为 %1，超过上限 %2。</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied).</source>
        <translation>无法读取文件（权限不足）。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>“%1” is not an encoding this program knows.</source>
        <translation>本程序不认识“%1”这种编码。</translation>
    </message>
    <message>
        <source>the bytes are not valid %1 at byte offset %2 (the encoding was given, not detected).</source>
        <translation>字节偏移 %2 处不是有效的 %1（编码是手动指定的，不是检测到的）。</translation>
    </message>
    <message>
        <source>the file is empty (it holds only white space).</source>
        <translation>文件是空的（只有空白字符）。</translation>
    </message>
    <message>
        <source>the page holds no article text (no headings or paragraphs).</source>
        <translation>网页中没有文章内容（没有标题或段落）。</translation>
    </message>
    <message>
        <source>the file holds no article text, only Markdown markup.</source>
        <translation>文件中没有文章内容，只有 Markdown 标记。</translation>
    </message>
    <message>
        <source>line %1 is %2 characters long, over the limit of %3 characters per line, so this is not article text.</source>
        <translation>第 %1 行长达 %2 个字符，超过每行 %3 个字符的上限，这不是文章内容。</translation>
    </message>
    <message>
        <source>1 byte is not valid UTF-8 (at byte offset %1); the rest of the file is, so it was read as UTF-8 with � in its place.</source>
        <translation>有 1 个字节不是有效的 UTF-8（字节偏移 %1）；文件其余部分都是，所以按 UTF-8 读取，该字节以 � 代替。</translation>
    </message>
    <message>
        <source>%1 bytes are not valid UTF-8 (the first at byte offset %2); the rest of the file is, so it was read as UTF-8 with � in their place.</source>
        <translation>有 %1 个字节不是有效的 UTF-8（第一个在字节偏移 %2）；文件其余部分都是，所以按 UTF-8 读取，这些字节以 � 代替。</translation>
    </message>
    <message>
        <source>the file reads as UTF-8 up to byte offset %1 but not after it, so it was read as %2, the encoding that best fits all of it; choose another encoding if the text looks wrong.</source>
        <translation>文件到字节偏移 %1 为止是 UTF-8，之后就不是，所以按最符合全文的编码 %2 读取；如果文字看起来不对，请选择其他编码。</translation>
    </message>
    <message>
        <source>the file is a symbolic link to something that does not exist.</source>
        <translation>文件是符号链接，指向的目标不存在。</translation>
    </message>
    <message>
        <source>the file cannot be reached: a folder on its path cannot be searched (permission denied).</source>
        <translation>无法访问文件：路径上有文件夹无法搜索（权限不足）。</translation>
    </message>
    <message>
        <source>the file cannot be reached: its path holds a loop of symbolic links.</source>
        <translation>无法访问文件：路径中有符号链接的循环。</translation>
    </message>
    <message>
        <source>the file ends inside a character; the partial character was dropped.</source>
        <translation>文件在一个字符的中间结束；不完整的字符已丢弃。</translation>
    </message>
    <message>
        <source>paragraph %1 of its text is %2 characters long, over the limit of %3 characters per paragraph, so this is not article text.</source>
        <translation>正文第 %1 段长达 %2 个字符，超过每段 %3 个字符的上限，这不是文章内容。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::MainWindow</name>
    <message>
        <source>The file changed on disk; reloaded.</source>
        <translation>文件已在磁盘上更改，已重新加载。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Most quoted first</source>
        <translation>引语最多者优先</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a theme of your own</source>
        <translation>添加自定义主题</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the terms of your theme</source>
        <translation>编辑自定义主题的词语</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove your theme</source>
        <translation>删除自定义主题</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>&amp;Export Quotes…</source>
        <translation>导出引语(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the selected quotes, or all shown quotes when none is selected (Ctrl+E)</source>
        <translation>导出选中的引语；未选中时导出所有显示的引语（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Select &amp;All Quotes</source>
        <translation>全选引语(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text and Noise</source>
        <translation>显示已隐藏的拼音和无关内容(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show pinyin glosses, captions and boilerplate greyed</source>
        <translation>以灰色显示拼音注释、图片说明和网页模板文字</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>简繁字(&amp;C)</translation>
    </message>
    <message>
        <source>As &amp;Written</source>
        <translation>按原文(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Simplified</source>
        <translation>简体字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Traditional</source>
        <translation>繁体字(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Quote</source>
        <translation>下一条引语(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Quote</source>
        <translation>上一条引语(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Next Quote by the &amp;Same Speaker</source>
        <translation>同一发言者的下一条引语(&amp;S)</translation>
    </message>
    <message>
        <source>Alt+Shift+Down</source>
        <translation>Alt+Shift+Down</translation>
    </message>
    <message>
        <source>Previous Quote by the Same Spea&amp;ker</source>
        <translation>同一发言者的上一条引语(&amp;K)</translation>
    </message>
    <message>
        <source>Alt+Shift+Up</source>
        <translation>Alt+Shift+Up</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add Theme…</source>
        <translation>添加主题(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Theme Terms…</source>
        <translation>编辑主题词语(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Theme</source>
        <translation>删除主题(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QuoteReader</source>
        <translation>关于 QuoteReader(&amp;A)</translation>
    </message>
    <message>
        <source>About QuoteReader</source>
        <translation>关于 QuoteReader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QuoteReader %1&lt;/h3&gt;&lt;p&gt;A reader for news articles that finds who said what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QuoteReader %1&lt;/h3&gt;&lt;p&gt;找出新闻文章中谁说了什么的阅读器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言者</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n 位发言者</numerusform>
        </translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;Markdown (*.md *.markdown);;All files (*)</source>
        <translation>文章 (*.txt *.html *.htm *.md *.markdown);;纯文本 (*.txt);;HTML (*.html *.htm);;Markdown (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>主题名称：</translation>
    </message>
    <message>
        <source>Terms that mark the theme, separated by commas:</source>
        <translation>代表这个主题的词语，用逗号分隔：</translation>
    </message>
    <message>
        <source>Cannot Add Theme</source>
        <translation>无法添加主题</translation>
    </message>
    <message>
        <source>A theme named “%1” already exists.</source>
        <translation>已经有名为“%1”的主题。</translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation>编辑主题</translation>
    </message>
    <message>
        <source>Terms of “%1”, separated by commas:</source>
        <translation>“%1”的词语，用逗号分隔：</translation>
    </message>
    <message>
        <source>QuoteReader</source>
        <translation>QuoteReader</translation>
    </message>
    <message>
        <source>%1 — QuoteReader</source>
        <translation>%1 — QuoteReader</translation>
    </message>
    <message>
        <source>Show or hide the %1 pane</source>
        <translation>显示或隐藏“%1”窗格</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（手动选择）</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 条引语</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Cleaning the text…</source>
        <translation>正在清理文本…</translation>
    </message>
    <message>
        <source>Finding headings and paragraphs…</source>
        <translation>正在识别标题和段落…</translation>
    </message>
    <message>
        <source>Finding who said what…</source>
        <translation>正在找出谁说了什么…</translation>
    </message>
    <message>
        <source>Finding the themes…</source>
        <translation>正在找出主题…</translation>
    </message>
    <message>
        <source>Preparing the page…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Loading the article (step %1 of %2)</source>
        <translation>正在加载文章（第 %1 步，共 %2 步）</translation>
    </message>
    <message>
        <source>Quotes are highlighted once it is read.</source>
        <translation>读取完成后，引语会以颜色标出。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open an article (Ctrl+O)</source>
        <translation>打开文章（Ctrl+O）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>上一条</translation>
    </message>
    <message>
        <source>Previous quote (Alt+Up)</source>
        <translation>上一条引语（Alt+Up）</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Next quote (Alt+Down)</source>
        <translation>下一条引语（Alt+Down）</translation>
    </message>
    <message>
        <source>Show Removed Text</source>
        <translation>显示隐藏内容</translation>
    </message>
    <message>
        <source>Finding quotes…</source>
        <translation>正在找出引语…</translation>
    </message>
    <message>
        <source>Check speakers to show only their quotes; double-click to jump to the first one; F2 or the right button to correct one.</source>
        <translation>勾选发言者，只显示他们的引语；双击可跳到第一条；按 F2 或右键可修正。</translation>
    </message>
    <message>
        <source>Reopen Last Article at &amp;Start</source>
        <translation>启动时重新打开上次的文章(&amp;S)</translation>
    </message>
    <message>
        <source>Export Quotes as P&amp;DF…</source>
        <translation>将引语导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Article as PD&amp;F…</source>
        <translation>将文章导出为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>打印文章(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;Quotes…</source>
        <translation>打印引语(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy what is selected in the pane you are in: text of the article, or quotes (Ctrl+C)</source>
        <translation>复制当前窗格中选中的内容：文章文字或引语（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy &amp;Quotes</source>
        <translation>复制引语(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the selected quotes, or all shown, as rich and plain text (Ctrl+Shift+C)</source>
        <translation>以富文本和纯文本复制选中的引语，未选中时复制所有显示的引语（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>搜索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find quotes, speakers and words of the article (Ctrl+F); F3 goes to the next place in the text</source>
        <translation>搜索引语、发言者和文章中的文字（Ctrl+F）；F3 跳到正文中的下一处</translation>
    </message>
    <message>
        <source>Find &amp;Next in Text</source>
        <translation>在正文中找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Type what to find in the search field (Ctrl+F).</source>
        <translation>请在搜索栏输入要找的文字（Ctrl+F）。</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious in Text</source>
        <translation>在正文中找上一处(&amp;V)</translation>
    </message>
    <message>
        <source>Copy Quotes</source>
        <translation>复制引语</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Reading size %1 %</source>
        <translation>阅读字号 %1 %</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Copied the selected text.</source>
        <translation>已复制选中的文字。</translation>
    </message>
    <message>
        <source>Opening %1… — QuoteReader</source>
        <translation>正在打开 %1… — QuoteReader</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n 项修正</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteReader::QuoteDelegate</name>
    <message>
        <source>Speaker&apos;s name (empty: no speaker)</source>
        <translation>发言者姓名（留空表示无发言者）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>间接</translation>
    </message>
</context>
<context>
    <name>QuoteReader::QuoteModel</name>
    <message>
        <source>(Opening)</source>
        <translation>（开头）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>引述动词</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>由你添加</translation>
    </message>
    <message>
        <source>Corrected by you</source>
        <translation>由你修正</translation>
    </message>
</context>
<context>
    <name>QuoteReader::ReaderView</name>
    <message>
        <source>Unknown speaker</source>
        <translation>未知发言者</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation>直接引语</translation>
    </message>
    <message>
        <source>Indirect quote</source>
        <translation>间接引语</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>引述动词：%1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Text damaged by a wrong encoding in the source</source>
        <translation>这段文字在源文件中因编码错误而损坏</translation>
    </message>
    <message>
        <source>Repaired; the file has: %1</source>
        <translation>已修复；文件中原为：%1</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>由你添加</translation>
    </message>
    <message>
        <source>Corrected by you</source>
        <translation>由你修正</translation>
    </message>
</context>
<context>
    <name>QuoteReader::RuleNames</name>
    <message>
        <source>The speaker before a colon: an interview turn or a statement</source>
        <translation>冒号前的发言者：访谈中的一段发言或一份声明</translation>
    </message>
    <message>
        <source>The speaker and a speech verb just before the quotation</source>
        <translation>引文前紧接着发言者和引述动词</translation>
    </message>
    <message>
        <source>The speaker and a speech verb just after the quotation</source>
        <translation>引文后紧接着发言者和引述动词</translation>
    </message>
    <message>
        <source>Reported speech after the speaker and a speech verb</source>
        <translation>发言者和引述动词之后转述的话</translation>
    </message>
    <message>
        <source>The source given with “according to”</source>
        <translation>以“据…”或“根据…”标明的消息来源</translation>
    </message>
    <message>
        <source>An opinion given as the speaker&apos;s view: “in X&apos;s view”</source>
        <translation>以“在X看来”表达的发言者看法</translation>
    </message>
    <message>
        <source>The speaker named earlier in the same sentence</source>
        <translation>同一句中前面提到的发言者</translation>
    </message>
    <message>
        <source>A short form (surname, title or given name) of a person named in full earlier</source>
        <translation>前文提过全名的人的简称：姓、职衔或名字</translation>
    </message>
    <message>
        <source>Words pointing back to a source named earlier, such as “the official”</source>
        <translation>回指前文消息来源的词语，如“该官员”</translation>
    </message>
    <message>
        <source>A pronoun standing for a person named earlier: he, she, they</source>
        <translation>代称前文提过的人的代词：他、她、他们</translation>
    </message>
    <message>
        <source>No speech verb of its own: it goes on from the speaker&apos;s words before it</source>
        <translation>本身没有引述动词：接续发言者前面的话</translation>
    </message>
    <message>
        <source>No speech verb: the person the sentence opens with</source>
        <translation>没有引述动词：句首的人物</translation>
    </message>
    <message>
        <source>An interview turn: the speaker&apos;s name before a colon</source>
        <translation>访谈中的一段发言：冒号前的发言者姓名</translation>
    </message>
    <message>
        <source>Signed with the speaker&apos;s name after a dash</source>
        <translation>破折号后署名的发言者</translation>
    </message>
    <message>
        <source>The speaker&apos;s name alone before a colon or a dash</source>
        <translation>冒号或破折号前单独的发言者姓名</translation>
    </message>
    <message>
        <source>The speaker&apos;s words going on after “adding that”</source>
        <translation>在“adding that”（并补充说）之后延续的发言</translation>
    </message>
    <message>
        <source>A sentence interrupted by the speaker and a speech verb</source>
        <translation>被发言者和引述动词从中隔开的一句话</translation>
    </message>
    <message>
        <source>Reported speech before the speaker and a speech verb</source>
        <translation>发言者和引述动词之前转述的话</translation>
    </message>
    <message>
        <source>Reported speech after “saying” and the like: the sentence&apos;s subject</source>
        <translation>“saying”（表示）等分词之后转述的话：发言者是句子的主语</translation>
    </message>
    <message>
        <source>Part of a quotation running over several paragraphs</source>
        <translation>跨越多个段落的引文的一部分</translation>
    </message>
    <message>
        <source>Introduced with a colon by the speaker at the end of the paragraph before</source>
        <translation>由上一段末尾的发言者以冒号引出</translation>
    </message>
    <message>
        <source>Opens the paragraph after one that ended on the speaker</source>
        <translation>上一段以发言者结尾，本段以引文开头</translation>
    </message>
    <message>
        <source>A headline that reports the speaker&apos;s words with a speech verb</source>
        <translation>以说话动词转述发言者话语的标题</translation>
    </message>
    <message>
        <source>Found by the rule “%1”</source>
        <translation>由规则“%1”找出</translation>
    </message>
    <message>
        <source>How it was found: %1 (rule “%2”)</source>
        <translation>找出方式：%1（规则“%2”）</translation>
    </message>
</context>
<context>
    <name>QuoteReader::SectionModel</name>
    <message>
        <source>(Opening)</source>
        <translation>（开头）</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 条引语</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
</context>
<context>
    <name>QuoteReader::SpeakerModel</name>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
</context>
<context>
    <name>QuoteReader::ThemeModel</name>
    <message>
        <source>Your theme. Terms: %1</source>
        <translation>自定义主题。词语：%1</translation>
    </message>
    <message>
        <source>Found in the article. Terms: %1</source>
        <translation>从文章中找出的主题。词语：%1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
</context>
<context>
    <name>QuoteReader::WelcomePage</name>
    <message>
        <source>Who said what?</source>
        <translation>谁说了什么？</translation>
    </message>
    <message>
        <source>Open a news article (plain text, HTML or Markdown; Chinese or English) to see everyone quoted in it, highlighted in the text, and to pick out the quotes you need.&lt;br&gt;&lt;br&gt;You can also drop a file on this window.</source>
        <translation>打开一篇新闻文章（纯文本、HTML 或 Markdown；中文或英文），就能看到文中引用的每一个人，引语会在正文中标出，方便你挑出需要的引语。&lt;br&gt;&lt;br&gt;也可以直接把文件拖放到这个窗口。</translation>
    </message>
    <message>
        <source>&amp;Open an Article…</source>
        <translation>打开文章(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;Sample Article</source>
        <translation>试用示例文章(&amp;S)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for news articles that finds who said what.</source>
        <translation>找出新闻文章中谁说了什么的阅读器。</translation>
    </message>
    <message>
        <source>The article to open (txt, html, md).</source>
        <translation>要打开的文章（txt、html、md）。</translation>
    </message>
    <message>
        <source>Decode the file as &lt;encoding&gt; instead of detecting it.</source>
        <translation>以 &lt;encoding&gt; 解码文件，不自动检测。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the article is shown, then quit.</source>
        <translation>文章显示后，把窗口画面保存为 &lt;png&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Print the time to the first drawn page, to the fully loaded article and the longest stall of the window, then quit.</source>
        <translation>输出显示第一页、完整加载文章所需的时间，以及窗口最长的卡顿，然后退出。</translation>
    </message>
    <message>
        <source>Save a picture of a correction in progress to &lt;png&gt; once the article is shown, then quit.</source>
        <translation>文章显示后，把修正进行中的画面保存为 &lt;png&gt;，然后退出。</translation>
    </message>
</context>
</TS>
