<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>QuoteReader::MainWindow</name>
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
        <source>The file changed on disk; reloaded.</source>
        <translation>文件已在磁盘上更改，已重新加载。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Check speakers to show only their quotes; double-click to jump to the first one.</source>
        <translation>勾选发言者，只显示他们的引语；双击可跳到第一条。</translation>
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
        <source>&amp;Copy Quotes</source>
        <translation>复制引语(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected quotes as rich and plain text (Ctrl+C)</source>
        <translation>以富文本和纯文本复制选中的引语（Ctrl+C）</translation>
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
        <source>&amp;Find Quotes</source>
        <translation>搜索引语(&amp;F)</translation>
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
        <source>Cannot export to “%1”: no article is open.</source>
        <translation>无法导出到“%1”：尚未打开任何文章。</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the writer reported no reason.</source>
        <translation>无法导出到“%1”：写入程序未说明原因。</translation>
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
        <source>Copy</source>
        <translation>复制</translation>
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
</context>
</TS>
