<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>QuoteReader::ArticleSession</name>
    <message>
        <source>Delete Quotes</source>
        <translation>刪除引述</translation>
    </message>
    <message>
        <source>Import Corrections</source>
        <translation>匯入修正</translation>
    </message>
    <message>
        <source>Revert All Corrections</source>
        <translation>撤銷所有修正</translation>
    </message>
    <message>
        <source>Remove Corrections Not Applied</source>
        <translation>移除未套用的修正</translation>
    </message>
</context>
<context>
    <name>QuoteReader::CorrectionController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
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
        <translation>變更發言者(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Give the selected quotes to another speaker, or to a new one (Ctrl+Shift+S)</source>
        <translation>把選取的引述改給另一位發言者，或新的發言者（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Direct Quote</source>
        <translation>直接引述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Indirect Quote</source>
        <translation>間接引述(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Toggle Direct/Indirect</source>
        <translation>切換直接／間接(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Set Quote to Se&amp;lection</source>
        <translation>以選取範圍為引述(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>The current quote becomes the text selected in the article (Ctrl+Shift+B)</source>
        <translation>目前的引述改為文章中選取的文字（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <source>De&amp;lete Quote</source>
        <translation>刪除引述(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add Quote from Selection…</source>
        <translation>從選取範圍新增引述(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A quote the reader missed: select its words in the article (Ctrl+Shift+N)</source>
        <translation>程式漏掉的引述：先在文章中選取它的文字（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Rename Speaker…</source>
        <translation>重新命名發言者(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit R&amp;ole…</source>
        <translation>編輯職稱(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Merge Speaker Into…</source>
        <translation>把發言者併入(&amp;M)…</translation>
    </message>
    <message>
        <source>Show All &amp;Corrections…</source>
        <translation>顯示所有修正(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;vert All Corrections</source>
        <translation>撤銷所有修正(&amp;V)</translation>
    </message>
    <message>
        <source>Every correction taken back; Undo brings them back.</source>
        <translation>已撤銷所有修正；「復原」可以找回。</translation>
    </message>
    <message>
        <source>Export Co&amp;rrections…</source>
        <translation>匯出修正(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import Corrections…</source>
        <translation>匯入修正(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>重新命名「%1」(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit R&amp;ole of “%1”…</source>
        <translation>編輯「%1」的職稱(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Merge “%1” Into…</source>
        <translation>把「%1」併入(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n Quotes</source>
        <translation>
            <numerusform>刪除 %n 則引述(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>發言者(&amp;S)</translation>
    </message>
    <message>
        <source>(No Speaker)</source>
        <translation>（無發言者）</translation>
    </message>
    <message>
        <source>Other Speaker…</source>
        <translation>其他發言者…</translation>
    </message>
    <message>
        <source>&amp;Merge “%1” Into</source>
        <translation>把「%1」併入(&amp;M)</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>變更發言者</translation>
    </message>
    <message numerus="yes">
        <source>Who said the %n selected quote(s)? Pick a name or type a new one:</source>
        <translation>
            <numerusform>選取的 %n 則引述是誰說的？請選擇姓名或輸入新的姓名：</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the quote&apos;s words in the article, with one quote current.</source>
        <translation>請先選定一則引述，再在文章中選取它的文字。</translation>
    </message>
    <message>
        <source>The quote already has those words.</source>
        <translation>這則引述已經是這些文字。</translation>
    </message>
    <message>
        <source>Select the words of the quote in the article first.</source>
        <translation>請先在文章中選取引述的文字。</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>新增引述</translation>
    </message>
    <message>
        <source>Who said “%1”? Pick a name or type a new one:</source>
        <translation>「%1」是誰說的？請選擇姓名或輸入新的姓名：</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>重新命名發言者</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>「%1」的新姓名：</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>編輯職稱</translation>
    </message>
    <message>
        <source>Role or title of “%1”:</source>
        <translation>「%1」的職稱或頭銜：</translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>合併發言者</translation>
    </message>
    <message>
        <source>“%1” is the same person as:</source>
        <translation>「%1」和這位是同一人：</translation>
    </message>
    <message>
        <source>Corrections not saved: %1</source>
        <translation>修正未儲存：%1</translation>
    </message>
    <message>
        <source>Corrections Not Saved</source>
        <translation>修正未儲存</translation>
    </message>
    <message>
        <source>%1

They stay in this window; export them (File &gt; Export Corrections…) to keep them.</source>
        <translation>%1

修正仍保留在這個視窗中；請匯出（檔案 &gt; 匯出修正…）以免遺失。</translation>
    </message>
    <message>
        <source>Corrections Not Restored</source>
        <translation>修正未能還原</translation>
    </message>
    <message>
        <source>Some of your corrections could not be applied to this version of the article: their quote or speaker is no longer found. They are kept, and listed first below.</source>
        <translation>你的部分修正無法套用到這個版本的文章：找不到它們的引述或發言者。這些修正仍會保留，列在下方最前面。</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) of yours restored.</source>
        <translation>
            <numerusform>已還原你的 %n 項修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to “%1”: no article is open.</source>
        <translation>無法匯出到「%1」：尚未開啟任何文章。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) exported to “%1”.</source>
        <translation>
            <numerusform>已把 %n 項修正匯出到「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import “%1”: no article is open.</source>
        <translation>無法匯入「%1」：尚未開啟任何文章。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>“%1” holds no correction.</source>
        <translation>「%1」中沒有任何修正。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the corrections imported could not be applied to this article: their quote or speaker is not found in it. They are kept, and listed first below.</source>
        <translation>
            <numerusform>匯入的修正中有 %n 項無法套用到這篇文章：文中找不到它們的引述或發言者。這些修正仍會保留，列在下方最前面。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 項修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrections of “%1”</source>
        <translation>「%1」的修正</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已套用</translation>
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
        <translation>還沒有修正：在引述或發言者上按右鍵即可修正。</translation>
    </message>
    <message>
        <source>Remove Those Not Applied</source>
        <translation>移除未套用的修正</translation>
    </message>
    <message>
        <source>Export Corrections</source>
        <translation>匯出修正</translation>
    </message>
    <message>
        <source>QuoteReader corrections (*.json)</source>
        <translation>QuoteReader 修正檔 (*.json)</translation>
    </message>
    <message>
        <source>Import Corrections</source>
        <translation>匯入修正</translation>
    </message>
    <message>
        <source>QuoteReader corrections (*.json);;All files (*)</source>
        <translation>QuoteReader 修正檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>The file was made for “%1”, whose text differs from this article&apos;s.</source>
        <translation>這個檔案是為「%1」做的，它的內容和這篇文章不同。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::CorrectionStore</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>無法移除「%1」。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Corrections</name>
    <message>
        <source>(no speaker)</source>
        <translation>（無發言者）</translation>
    </message>
    <message>
        <source>direct quote</source>
        <translation>直接引述</translation>
    </message>
    <message>
        <source>indirect quote</source>
        <translation>間接引述</translation>
    </message>
    <message>
        <source>no quote stands at %1 any more</source>
        <translation>%1 處已經沒有引述</translation>
    </message>
    <message>
        <source>the words %1 are no longer in the article</source>
        <translation>文章中已經沒有 %1 這些文字</translation>
    </message>
    <message>
        <source>there is no speaker named %1</source>
        <translation>沒有名為 %1 的發言者</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>變更發言者</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>修改類型</translation>
    </message>
    <message>
        <source>Set Quote to Selection</source>
        <translation>以選取範圍為引述</translation>
    </message>
    <message>
        <source>Delete Quote</source>
        <translation>刪除引述</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>新增引述</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>重新命名發言者</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>編輯職稱</translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>合併發言者</translation>
    </message>
    <message>
        <source>Speaker of %1 → %2</source>
        <translation>%1 的發言者 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Quote %1 → %2</source>
        <translation>引述 %1 → %2</translation>
    </message>
    <message>
        <source>Quote %1 deleted</source>
        <translation>已刪除引述 %1</translation>
    </message>
    <message>
        <source>Quote %1 added (%2, %3)</source>
        <translation>已新增引述 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Speaker %1 renamed %2</source>
        <translation>發言者 %1 改名為 %2</translation>
    </message>
    <message>
        <source>Role of %1 removed</source>
        <translation>已移除 %1 的職稱</translation>
    </message>
    <message>
        <source>Role of %1 → %2</source>
        <translation>%1 的職稱 → %2</translation>
    </message>
    <message>
        <source>Speaker %1 merged into %2</source>
        <translation>發言者 %1 已併入 %2</translation>
    </message>
    <message>
        <source>has no valid “%1”</source>
        <translation>沒有有效的「%1」</translation>
    </message>
    <message>
        <source>has no “action”</source>
        <translation>沒有「action」</translation>
    </message>
    <message>
        <source>has the unknown action “%1”</source>
        <translation>的動作「%1」無法辨識</translation>
    </message>
    <message>
        <source>Corrections file %1: %2</source>
        <translation>修正檔 %1：%2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1 at byte %2).</source>
        <translation>這不是有效的 JSON（第 %2 個位元組：%1）。</translation>
    </message>
    <message>
        <source>this is not a QuoteReader corrections file (its “format” is not “%1”).</source>
        <translation>這不是 QuoteReader 修正檔（「format」不是「%1」）。</translation>
    </message>
    <message>
        <source>it has no list of “corrections”.</source>
        <translation>檔案中沒有「corrections」清單。</translation>
    </message>
    <message>
        <source>correction %1 %2.</source>
        <translation>第 %1 項修正%2。</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>這不是一般檔案。</translation>
    </message>
    <message>
        <source>the file is too large to be a corrections file.</source>
        <translation>檔案太大，不可能是修正檔。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>無法讀取檔案（%1）。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Export</name>
    <message>
        <source>Unattributed</source>
        <translation>未知發言者</translation>
    </message>
    <message>
        <source>Quotes from %1</source>
        <translation>%1 的引述</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>開頭</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>主題：%1</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 則引述</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 則引述</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 位發言者</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>%1 位發言者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>there is no document to export.</source>
        <translation>沒有可匯出的文件。</translation>
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
        <translation>CSV，供試算表使用 (*.csv)</translation>
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
        <translation>純文字 (*.txt)</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>已匯出到「%1」。</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: no article is open.</source>
        <translation>無法匯出到「%1」：尚未開啟任何文章。</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the writer reported no reason.</source>
        <translation>無法匯出到「%1」：寫入程式未說明原因。</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>匯出引述</translation>
    </message>
    <message>
        <source>Could not copy: the writers are not available.</source>
        <translation>無法複製：沒有可用的輸出格式。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n quote(s).</source>
        <translation>
            <numerusform>已複製 %n 則引述。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>列印文章</translation>
    </message>
    <message>
        <source>Print Quotes</source>
        <translation>列印引述</translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation>將文章匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Quotes as PDF</source>
        <translation>將引述匯出為 PDF</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Files</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>那是資料夾。</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>那不是一般檔案。</translation>
    </message>
    <message>
        <source>the data could not be written.</source>
        <translation>無法寫入資料。</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>檔案是唯讀的。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::FilterBar</name>
    <message>
        <source>&amp;Speaker:</source>
        <translation>發言者(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接引述</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>間接引述</translation>
    </message>
    <message>
        <source>Search quotes, speakers, pinyin (Ctrl+F)</source>
        <translation>搜尋引述、發言者、拼音（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quote(s)</source>
        <translation>
            <numerusform>%1 / %n 則引述</numerusform>
        </translation>
    </message>
    <message>
        <source>No quotes</source>
        <translation>沒有引述</translation>
    </message>
    <message>
        <source>Places in the article&apos;s text where the words searched for stand (F3: next, Shift+F3: previous)</source>
        <translation>搜尋的文字在文章內文中出現的位置（F3：下一處，Shift+F3：上一處）</translation>
    </message>
    <message>
        <source>Corrected onl&amp;y</source>
        <translation>只顯示修正過的(&amp;Y)</translation>
    </message>
    <message>
        <source>Show only the quotes you corrected or added</source>
        <translation>只顯示你修正或新增的引述</translation>
    </message>
    <message>
        <source>not in the text</source>
        <translation>內文中沒有</translation>
    </message>
    <message numerus="yes">
        <source>%n in the text</source>
        <translation>
            <numerusform>內文中 %n 處</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 in the text</source>
        <translation>內文中第 %1 / %2 處</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Languages</name>
    <message>
        <source>System Language</source>
        <translation>系統語言</translation>
    </message>
</context>
<context>
    <name>QuoteReader::Loader</name>
    <message>
        <source>this looks like a binary file, not text (NUL bytes at offset %1).</source>
        <translation>這看來是二進位檔案，不是文字（位移 %1 處有 NUL 位元組）。</translation>
    </message>
    <message>
        <source>this looks like a binary file, not text (%1 control characters in the first %2 bytes).</source>
        <translation>這看來是二進位檔案，不是文字（前 %2 個位元組中有 %1 個控制字元）。</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark but is not valid %1 at byte offset %2.</source>
        <translation>檔案開頭是 %1 位元組順序標記，但在位元組位移 %2 處不是有效的 %1。</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised (none of the likely encodings decodes it).</source>
        <translation>無法辨識文字編碼（可能的編碼都無法解碼）。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>這是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>這不是一般檔案。</translation>
    </message>
    <message>
        <source>the file is %1, larger than the limit of %2.</source>
        <translation>檔案大小為 %1，超過上限 %2。</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied).</source>
        <translation>無法讀取檔案（權限不足）。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>無法讀取檔案（%1）。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>“%1” is not an encoding this program knows.</source>
        <translation>本程式不認得「%1」這種編碼。</translation>
    </message>
    <message>
        <source>the bytes are not valid %1 at byte offset %2 (the encoding was given, not detected).</source>
        <translation>位元組位移 %2 處不是有效的 %1（編碼是手動指定的，不是偵測到的）。</translation>
    </message>
    <message>
        <source>the file is empty (it holds only white space).</source>
        <translation>檔案是空的（只有空白字元）。</translation>
    </message>
    <message>
        <source>the page holds no article text (no headings or paragraphs).</source>
        <translation>網頁中沒有文章內容（沒有標題或段落）。</translation>
    </message>
    <message>
        <source>the file holds no article text, only Markdown markup.</source>
        <translation>檔案中沒有文章內容，只有 Markdown 標記。</translation>
    </message>
    <message>
        <source>line %1 is %2 characters long, over the limit of %3 characters per line, so this is not article text.</source>
        <translation>第 %1 行長達 %2 個字元，超過每行 %3 個字元的上限，這不是文章內容。</translation>
    </message>
    <message>
        <source>1 byte is not valid UTF-8 (at byte offset %1); the rest of the file is, so it was read as UTF-8 with � in its place.</source>
        <translation>有 1 個位元組不是有效的 UTF-8（位元組位移 %1）；檔案其餘部分都是，所以以 UTF-8 讀取，該位元組以 � 代替。</translation>
    </message>
    <message>
        <source>%1 bytes are not valid UTF-8 (the first at byte offset %2); the rest of the file is, so it was read as UTF-8 with � in their place.</source>
        <translation>有 %1 個位元組不是有效的 UTF-8（第一個在位元組位移 %2）；檔案其餘部分都是，所以以 UTF-8 讀取，這些位元組以 � 代替。</translation>
    </message>
    <message>
        <source>the file reads as UTF-8 up to byte offset %1 but not after it, so it was read as %2, the encoding that best fits all of it; choose another encoding if the text looks wrong.</source>
        <translation>檔案到位元組位移 %1 為止是 UTF-8，之後就不是，所以以最符合全文的編碼 %2 讀取；如果文字看來不對，請選擇其他編碼。</translation>
    </message>
    <message>
        <source>the file is a symbolic link to something that does not exist.</source>
        <translation>檔案是符號連結，指向的目標不存在。</translation>
    </message>
    <message>
        <source>the file cannot be reached: a folder on its path cannot be searched (permission denied).</source>
        <translation>無法存取檔案：路徑上有資料夾無法搜尋（權限不足）。</translation>
    </message>
    <message>
        <source>the file cannot be reached: its path holds a loop of symbolic links.</source>
        <translation>無法存取檔案：路徑中有符號連結的循環。</translation>
    </message>
    <message>
        <source>the file ends inside a character; the partial character was dropped.</source>
        <translation>檔案在一個字元的中間結束；不完整的字元已捨棄。</translation>
    </message>
    <message>
        <source>paragraph %1 of its text is %2 characters long, over the limit of %3 characters per paragraph, so this is not article text.</source>
        <translation>內文第 %1 段長達 %2 個字元，超過每段 %3 個字元的上限，這不是文章內容。</translation>
    </message>
</context>
<context>
    <name>QuoteReader::MainWindow</name>
    <message>
        <source>The file changed on disk; reloaded.</source>
        <translation>檔案已在磁碟上變更，已重新載入。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>Most quoted first</source>
        <translation>引述最多者優先</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>依姓名</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add a theme of your own</source>
        <translation>新增自訂主題</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Edit the terms of your theme</source>
        <translation>編輯自訂主題的詞語</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove your theme</source>
        <translation>移除自訂主題</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新載入(&amp;L)</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>&amp;Export Quotes…</source>
        <translation>匯出引述(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the selected quotes, or all shown quotes when none is selected (Ctrl+E)</source>
        <translation>匯出選取的引述；未選取時匯出所有顯示中的引述（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Select &amp;All Quotes</source>
        <translation>選取所有引述(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除篩選條件(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text and Noise</source>
        <translation>顯示已隱藏的拼音與無關內容(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show pinyin glosses, captions and boilerplate greyed</source>
        <translation>以灰色顯示拼音注解、圖說及網站制式文字</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>繁簡字(&amp;C)</translation>
    </message>
    <message>
        <source>As &amp;Written</source>
        <translation>依原文(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Simplified</source>
        <translation>簡體字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Traditional</source>
        <translation>繁體字(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Quote</source>
        <translation>下一則引述(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Quote</source>
        <translation>上一則引述(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Next Quote by the &amp;Same Speaker</source>
        <translation>同一發言者的下一則引述(&amp;S)</translation>
    </message>
    <message>
        <source>Alt+Shift+Down</source>
        <translation>Alt+Shift+Down</translation>
    </message>
    <message>
        <source>Previous Quote by the Same Spea&amp;ker</source>
        <translation>同一發言者的上一則引述(&amp;K)</translation>
    </message>
    <message>
        <source>Alt+Shift+Up</source>
        <translation>Alt+Shift+Up</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add Theme…</source>
        <translation>新增主題(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Theme Terms…</source>
        <translation>編輯主題詞語(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Theme</source>
        <translation>移除主題(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QuoteReader</source>
        <translation>關於 QuoteReader(&amp;A)</translation>
    </message>
    <message>
        <source>About QuoteReader</source>
        <translation>關於 QuoteReader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QuoteReader %1&lt;/h3&gt;&lt;p&gt;A reader for news articles that finds who said what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QuoteReader %1&lt;/h3&gt;&lt;p&gt;找出新聞文章中誰說了什麼的閱讀器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有發言者</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n 位發言者</numerusform>
        </translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主題</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n 個主題</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;Markdown (*.md *.markdown);;All files (*)</source>
        <translation>文章 (*.txt *.html *.htm *.md *.markdown);;純文字 (*.txt);;HTML (*.html *.htm);;Markdown (*.md *.markdown);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>無法開啟「%1」。</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>無法開啟文章</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>沒有最近開啟的檔案</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>新增主題</translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>主題名稱：</translation>
    </message>
    <message>
        <source>Terms that mark the theme, separated by commas:</source>
        <translation>代表這個主題的詞語，以逗號分隔：</translation>
    </message>
    <message>
        <source>Cannot Add Theme</source>
        <translation>無法新增主題</translation>
    </message>
    <message>
        <source>A theme named “%1” already exists.</source>
        <translation>已經有名為「%1」的主題。</translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation>編輯主題</translation>
    </message>
    <message>
        <source>Terms of “%1”, separated by commas:</source>
        <translation>「%1」的詞語，以逗號分隔：</translation>
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
        <translation>顯示或隱藏「%1」窗格</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（手動選擇）</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 則引述</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>Cleaning the text…</source>
        <translation>正在整理文字…</translation>
    </message>
    <message>
        <source>Finding headings and paragraphs…</source>
        <translation>正在找出標題與段落…</translation>
    </message>
    <message>
        <source>Finding who said what…</source>
        <translation>正在找出誰說了什麼…</translation>
    </message>
    <message>
        <source>Finding the themes…</source>
        <translation>正在找出主題…</translation>
    </message>
    <message>
        <source>Preparing the page…</source>
        <translation>正在準備頁面…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>Loading the article (step %1 of %2)</source>
        <translation>正在載入文章（第 %1 步，共 %2 步）</translation>
    </message>
    <message>
        <source>Quotes are highlighted once it is read.</source>
        <translation>讀取完成後，引述會以顏色標示。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open an article (Ctrl+O)</source>
        <translation>開啟文章（Ctrl+O）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>上一則</translation>
    </message>
    <message>
        <source>Previous quote (Alt+Up)</source>
        <translation>上一則引述（Alt+Up）</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>下一則</translation>
    </message>
    <message>
        <source>Next quote (Alt+Down)</source>
        <translation>下一則引述（Alt+Down）</translation>
    </message>
    <message>
        <source>Show Removed Text</source>
        <translation>顯示隱藏內容</translation>
    </message>
    <message>
        <source>Finding quotes…</source>
        <translation>正在找出引述…</translation>
    </message>
    <message>
        <source>Check speakers to show only their quotes; double-click to jump to the first one; F2 or the right button to correct one.</source>
        <translation>勾選發言者，只顯示他們的引述；按兩下可跳到第一則；按 F2 或右鍵可修正。</translation>
    </message>
    <message>
        <source>Reopen Last Article at &amp;Start</source>
        <translation>啟動時重新開啟上次的文章(&amp;S)</translation>
    </message>
    <message>
        <source>Export Quotes as P&amp;DF…</source>
        <translation>將引述匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Article as PD&amp;F…</source>
        <translation>將文章匯出為 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>列印文章(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;Quotes…</source>
        <translation>列印引述(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy what is selected in the pane you are in: text of the article, or quotes (Ctrl+C)</source>
        <translation>複製目前窗格中選取的內容：文章文字或引述（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy &amp;Quotes</source>
        <translation>複製引述(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the selected quotes, or all shown, as rich and plain text (Ctrl+Shift+C)</source>
        <translation>以格式化文字及純文字複製選取的引述，未選取時複製所有顯示中的引述（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>搜尋(&amp;F)…</translation>
    </message>
    <message>
        <source>Find quotes, speakers and words of the article (Ctrl+F); F3 goes to the next place in the text</source>
        <translation>搜尋引述、發言者和文章中的文字（Ctrl+F）；F3 跳到內文中的下一處</translation>
    </message>
    <message>
        <source>Find &amp;Next in Text</source>
        <translation>在內文中找下一處(&amp;N)</translation>
    </message>
    <message>
        <source>Type what to find in the search field (Ctrl+F).</source>
        <translation>請在搜尋欄輸入要找的文字（Ctrl+F）。</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious in Text</source>
        <translation>在內文中找上一處(&amp;V)</translation>
    </message>
    <message>
        <source>Copy Quotes</source>
        <translation>複製引述</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Reading size %1 %</source>
        <translation>閱讀字級 %1 %</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Copied the selected text.</source>
        <translation>已複製選取的文字。</translation>
    </message>
    <message>
        <source>Opening %1… — QuoteReader</source>
        <translation>正在開啟 %1… — QuoteReader</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n 項修正</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteReader::QuoteDelegate</name>
    <message>
        <source>Speaker&apos;s name (empty: no speaker)</source>
        <translation>發言者姓名（留空表示無發言者）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>間接</translation>
    </message>
</context>
<context>
    <name>QuoteReader::QuoteModel</name>
    <message>
        <source>(Opening)</source>
        <translation>（開頭）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>間接</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>引述動詞</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>由你新增</translation>
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
        <translation>不明發言者</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation>直接引述</translation>
    </message>
    <message>
        <source>Indirect quote</source>
        <translation>間接引述</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>引述動詞：%1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主題：%1</translation>
    </message>
    <message>
        <source>Text damaged by a wrong encoding in the source</source>
        <translation>這段文字在原始檔案中因編碼錯誤而損毀</translation>
    </message>
    <message>
        <source>Repaired; the file has: %1</source>
        <translation>已修復；檔案中原為：%1</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>由你新增</translation>
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
        <translation>冒號前的發言者：訪談中的一段發言或一份聲明</translation>
    </message>
    <message>
        <source>The speaker and a speech verb just before the quotation</source>
        <translation>引文前緊接著發言者和引述動詞</translation>
    </message>
    <message>
        <source>The speaker and a speech verb just after the quotation</source>
        <translation>引文後緊接著發言者和引述動詞</translation>
    </message>
    <message>
        <source>Reported speech after the speaker and a speech verb</source>
        <translation>發言者和引述動詞之後轉述的話</translation>
    </message>
    <message>
        <source>The source given with “according to”</source>
        <translation>以「據…」或「根據…」標明的消息來源</translation>
    </message>
    <message>
        <source>An opinion given as the speaker&apos;s view: “in X&apos;s view”</source>
        <translation>以「在X看來」表達的發言者看法</translation>
    </message>
    <message>
        <source>The speaker named earlier in the same sentence</source>
        <translation>同一句中前面提到的發言者</translation>
    </message>
    <message>
        <source>A short form (surname, title or given name) of a person named in full earlier</source>
        <translation>前文提過全名的人的簡稱：姓、職銜或名字</translation>
    </message>
    <message>
        <source>Words pointing back to a source named earlier, such as “the official”</source>
        <translation>回指前文消息來源的詞語，如「該官員」</translation>
    </message>
    <message>
        <source>A pronoun standing for a person named earlier: he, she, they</source>
        <translation>代稱前文提過的人的代名詞：他、她、他們</translation>
    </message>
    <message>
        <source>No speech verb of its own: it goes on from the speaker&apos;s words before it</source>
        <translation>本身沒有引述動詞：接續發言者前面的話</translation>
    </message>
    <message>
        <source>No speech verb: the person the sentence opens with</source>
        <translation>沒有引述動詞：句首的人物</translation>
    </message>
    <message>
        <source>An interview turn: the speaker&apos;s name before a colon</source>
        <translation>訪談中的一段發言：冒號前的發言者姓名</translation>
    </message>
    <message>
        <source>Signed with the speaker&apos;s name after a dash</source>
        <translation>破折號後署名的發言者</translation>
    </message>
    <message>
        <source>The speaker&apos;s name alone before a colon or a dash</source>
        <translation>冒號或破折號前單獨的發言者姓名</translation>
    </message>
    <message>
        <source>The speaker&apos;s words going on after “adding that”</source>
        <translation>在「adding that」（並補充說）之後延續的發言</translation>
    </message>
    <message>
        <source>A sentence interrupted by the speaker and a speech verb</source>
        <translation>被發言者和引述動詞從中隔開的一句話</translation>
    </message>
    <message>
        <source>Reported speech before the speaker and a speech verb</source>
        <translation>發言者和引述動詞之前轉述的話</translation>
    </message>
    <message>
        <source>Reported speech after “saying” and the like: the sentence&apos;s subject</source>
        <translation>「saying」（表示）等分詞之後轉述的話：發言者是句子的主語</translation>
    </message>
    <message>
        <source>Part of a quotation running over several paragraphs</source>
        <translation>跨越多個段落的引文的一部分</translation>
    </message>
    <message>
        <source>Introduced with a colon by the speaker at the end of the paragraph before</source>
        <translation>由上一段末尾的發言者以冒號引出</translation>
    </message>
    <message>
        <source>Opens the paragraph after one that ended on the speaker</source>
        <translation>上一段以發言者結尾，本段以引文開頭</translation>
    </message>
    <message>
        <source>A headline that reports the speaker&apos;s words with a speech verb</source>
        <translation>以說話動詞轉述發言者話語的標題</translation>
    </message>
    <message>
        <source>Found by the rule “%1”</source>
        <translation>由規則「%1」找出</translation>
    </message>
    <message>
        <source>How it was found: %1 (rule “%2”)</source>
        <translation>找出方式：%1（規則「%2」）</translation>
    </message>
</context>
<context>
    <name>QuoteReader::SectionModel</name>
    <message>
        <source>(Opening)</source>
        <translation>（開頭）</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 則引述</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引述</translation>
    </message>
</context>
<context>
    <name>QuoteReader::SpeakerModel</name>
    <message>
        <source>Speaker</source>
        <translation>發言者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引述</translation>
    </message>
</context>
<context>
    <name>QuoteReader::ThemeModel</name>
    <message>
        <source>Your theme. Terms: %1</source>
        <translation>自訂主題。詞語：%1</translation>
    </message>
    <message>
        <source>Found in the article. Terms: %1</source>
        <translation>從文章中找出的主題。詞語：%1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引述</translation>
    </message>
</context>
<context>
    <name>QuoteReader::WelcomePage</name>
    <message>
        <source>Who said what?</source>
        <translation>誰說了什麼？</translation>
    </message>
    <message>
        <source>Open a news article (plain text, HTML or Markdown; Chinese or English) to see everyone quoted in it, highlighted in the text, and to pick out the quotes you need.&lt;br&gt;&lt;br&gt;You can also drop a file on this window.</source>
        <translation>開啟一篇新聞文章（純文字、HTML 或 Markdown；中文或英文），就能看到文中引述的每一個人，引述會在內文中標示出來，方便你挑出需要的引述。&lt;br&gt;&lt;br&gt;也可以直接把檔案拖放到這個視窗。</translation>
    </message>
    <message>
        <source>&amp;Open an Article…</source>
        <translation>開啟文章(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;Sample Article</source>
        <translation>試用範例文章(&amp;S)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for news articles that finds who said what.</source>
        <translation>找出新聞文章中誰說了什麼的閱讀器。</translation>
    </message>
    <message>
        <source>The article to open (txt, html, md).</source>
        <translation>要開啟的文章（txt、html、md）。</translation>
    </message>
    <message>
        <source>Decode the file as &lt;encoding&gt; instead of detecting it.</source>
        <translation>以 &lt;encoding&gt; 解碼檔案，不自動偵測。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the article is shown, then quit.</source>
        <translation>文章顯示後，把視窗畫面存成 &lt;png&gt;，然後結束。</translation>
    </message>
    <message>
        <source>Print the time to the first drawn page, to the fully loaded article and the longest stall of the window, then quit.</source>
        <translation>印出顯示第一頁、完整載入文章所需的時間，以及視窗最長的停頓，然後結束。</translation>
    </message>
    <message>
        <source>Save a picture of a correction in progress to &lt;png&gt; once the article is shown, then quit.</source>
        <translation>文章顯示後，把修正進行中的畫面存成 &lt;png&gt;，然後結束。</translation>
    </message>
</context>
</TS>
