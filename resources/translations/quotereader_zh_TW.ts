<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
</context>
<context>
    <name>QuoteReader::MainWindow</name>
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
        <source>The file changed on disk; reloaded.</source>
        <translation>檔案已在磁碟上變更，已重新載入。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>Check speakers to show only their quotes; double-click to jump to the first one.</source>
        <translation>勾選發言者，只顯示他們的引述；按兩下可跳到第一則。</translation>
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
        <source>&amp;Copy Quotes</source>
        <translation>複製引述(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected quotes as rich and plain text (Ctrl+C)</source>
        <translation>以格式化文字及純文字複製選取的引述（Ctrl+C）</translation>
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
        <source>&amp;Find Quotes</source>
        <translation>搜尋引述(&amp;F)</translation>
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
        <source>Cannot export to “%1”: no article is open.</source>
        <translation>無法匯出到「%1」：尚未開啟任何文章。</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the writer reported no reason.</source>
        <translation>無法匯出到「%1」：寫入程式未說明原因。</translation>
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
        <source>Copy</source>
        <translation>複製</translation>
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
</context>
</TS>
