<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QuoteReader::FilterBar</name>
    <message>
        <source>&amp;Speaker:</source>
        <translation>发言人(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接引述</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>间接引述</translation>
    </message>
    <message>
        <source>Search quotes, speakers, pinyin (Ctrl+F)</source>
        <translation>搜索引述、发言人、拼音 (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quote(s)</source>
        <translation><numerusform>%1 / %n 则引述</numerusform></translation>
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
        <translation>电子表格用 CSV (*.csv)</translation>
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
        <source>The file changed on disk; reloaded.</source>
        <translation>文件在磁盘上已变更,已重新载入。</translation>
    </message>
    <message>
        <source>Open an article (File ▸ Open, or drop a file here) to see who is quoted and where.</source>
        <translation>开启一篇文章(文件 ▸ 开启,或把文件拖放到这里),看看谁被引述、在哪里。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Check speakers to show only their quotes; double-click to jump to the first one.</source>
        <translation>勾选发言人只显示其引述;双击跳到第一则。</translation>
    </message>
    <message>
        <source>Most quoted first</source>
        <translation>引述最多者优先</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>依姓名</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>排序(&amp;O):</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add a theme of your own</source>
        <translation>新增自订主题</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the terms of your theme</source>
        <translation>编辑自订主题的词语</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove your theme</source>
        <translation>移除自订主题</translation>
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
        <translation>开启(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近开启(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他编码重新开启(&amp;E)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>&amp;Export Quotes…</source>
        <translation>导出引述(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the selected quotes, or all shown quotes when none is selected (Ctrl+E)</source>
        <translation>导出选择的引述;未选择时导出所有显示的引述 (Ctrl+E)</translation>
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
        <source>&amp;Copy Quotes</source>
        <translation>复制引述(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected quotes as rich and plain text (Ctrl+C)</source>
        <translation>以富文本及纯文本复制选择的引述 (Ctrl+C)</translation>
    </message>
    <message>
        <source>Select &amp;All Quotes</source>
        <translation>选择所有引述(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Find Quotes</source>
        <translation>搜索引述(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>检视(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text and Noise</source>
        <translation>显示已移除的文本与杂讯(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show pinyin glosses, captions and boilerplate greyed</source>
        <translation>以灰色显示拼音注音、图说及制式文本</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>字体(&amp;C)</translation>
    </message>
    <message>
        <source>As &amp;Written</source>
        <translation>原文(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Simplified</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Traditional</source>
        <translation>繁体(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Quote</source>
        <translation>下一则引述(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Quote</source>
        <translation>上一则引述(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Next Quote by the &amp;Same Speaker</source>
        <translation>同一发言人的下一则引述(&amp;S)</translation>
    </message>
    <message>
        <source>Alt+Shift+Down</source>
        <translation>Alt+Shift+Down</translation>
    </message>
    <message>
        <source>Previous Quote by the Same Spea&amp;ker</source>
        <translation>同一发言人的上一则引述(&amp;K)</translation>
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
        <translation>新增主题(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Theme Terms…</source>
        <translation>编辑主题词语(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Theme</source>
        <translation>移除主题(&amp;R)</translation>
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
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言人</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation><numerusform>%n 位发言人</numerusform></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation><numerusform>%n 个主题</numerusform></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>开启文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;Markdown (*.md *.markdown);;All files (*)</source>
        <translation>文章 (*.txt *.html *.htm *.md *.markdown);;文本 (*.txt);;HTML (*.html *.htm);;Markdown (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>无法开启“%1”。</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>无法开启文章</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n speaker(s)</source>
        <translation><numerusform>%1 · %n 位发言人</numerusform></translation>
    </message>
    <message>
        <source>Cannot export to “%1”: no article is open.</source>
        <translation>无法导出到“%1”:尚未开启文章。</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the writer reported no reason.</source>
        <translation>无法导出到“%1”:写入器未说明原因。</translation>
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
        <source>Export Quotes</source>
        <translation>导出引述</translation>
    </message>
    <message>
        <source>Could not copy: the writers are not available.</source>
        <translation>无法复制:写入器无法使用。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n quote(s).</source>
        <translation><numerusform>已复制 %n 则引述。</numerusform></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近开启的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>新增主题</translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>主题名称:</translation>
    </message>
    <message>
        <source>Terms that mark the theme, separated by commas:</source>
        <translation>代表此主题的词语,以逗号分隔:</translation>
    </message>
    <message>
        <source>Cannot Add Theme</source>
        <translation>无法新增主题</translation>
    </message>
    <message>
        <source>A theme named “%1” already exists.</source>
        <translation>已有名为“%1”的主题。</translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation>编辑主题</translation>
    </message>
    <message>
        <source>Terms of “%1”, separated by commas:</source>
        <translation>“%1”的词语,以逗号分隔:</translation>
    </message>
    <message>
        <source>QuoteReader</source>
        <translation>QuoteReader</translation>
    </message>
    <message>
        <source>%1 — QuoteReader</source>
        <translation>%1 — QuoteReader</translation>
    </message>
</context>
<context>
    <name>QuoteReader::QuoteModel</name>
    <message>
        <source>(Opening)</source>
        <translation>(开头)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
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
        <translation>发言人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>引述词</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
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
        <translation>不明发言人</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation>直接引述</translation>
    </message>
    <message>
        <source>Indirect quote</source>
        <translation>间接引述</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>引述词:%1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题:%1</translation>
    </message>
</context>
<context>
    <name>QuoteReader::SectionModel</name>
    <message>
        <source>(Opening)</source>
        <translation>(开头)</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation><numerusform>%n 则引述</numerusform></translation>
    </message>
    <message>
        <source>Section</source>
        <translation>段落</translation>
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
        <translation>发言人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职衔</translation>
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
        <translation>自订主题。词语:%1</translation>
    </message>
    <message>
        <source>Found in the article. Terms: %1</source>
        <translation>文章中找到的主题。词语:%1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
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
        <translation>找出新闻文章中谁说了什么的阅读器。</translation>
    </message>
    <message>
        <source>The article to open (txt, html, md).</source>
        <translation>要开启的文章(txt、html、md)。</translation>
    </message>
    <message>
        <source>Decode the file as &lt;encoding&gt; instead of detecting it.</source>
        <translation>以 &lt;encoding&gt; 解码文件,而非自动检测。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the article is shown, then quit.</source>
        <translation>文章显示后把视窗画面存成 &lt;png&gt;,然后退出。</translation>
    </message>
</context>
</TS>
