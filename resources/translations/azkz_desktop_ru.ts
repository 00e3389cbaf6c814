<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Event titles, summaries and quoted sources are in English or in their documents&apos; languages; the app&apos;s own words follow View → Language.</source>
        <translation>Названия и описания событий, а также цитаты из источников даны на английском или на языке документа; надписи самой программы — на языке, выбранном в меню «Вид → Язык».</translation>
    </message>
    <message>
        <source>Qt has no Azerbaijani catalogue: its standard dialog buttons stay in English.</source>
        <translation>В Qt нет азербайджанского перевода: кнопки стандартных диалогов остаются на английском.</translation>
    </message>
    <message>
        <source>The history of Azerbaijan–Kazakhstan relations, offline. Every event cites its source.</source>
        <translation>История азербайджано-казахстанских отношений — офлайн. У каждого события указан источник.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Built: %1 (schema version %2)</source>
        <translation>Собрана: %1 (версия схемы %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Bundled documents:</source>
        <translation>Прилагаемые документы:</translation>
    </message>
    <message>
        <source>The licence file %1 cannot be read (%2). The code is MIT; the data is CC BY-SA 4.0.</source>
        <translation>Не удаётся прочитать файл лицензий %1 (%2). Код — под лицензией MIT, данные — CC BY-SA 4.0.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About azkz-desktop</source>
        <translation>О программе azkz-desktop</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Search events and documents</source>
        <translation>Поиск по событиям и документам</translation>
    </message>
    <message>
        <source>Type words; Enter selects the first event found</source>
        <translation>Введите слова; Enter выбирает первое найденное событие</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2004 or 2004-03</source>
        <translation>Год, год-месяц или полная дата, например 2004 или 2004-03</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Year, year-month or full date, such as 2024 or 2024-12-31</source>
        <translation>Год, год-месяц или полная дата, например 2024 или 2024-12-31</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Tick names to show only their events</source>
        <translation>Отметьте имена, чтобы показать только их события</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>The events shown, by date; Enter shows one&apos;s details</source>
        <translation>Показанные события по дате; Enter открывает подробности</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The current event and its sources</source>
        <translation>Текущее событие и его источники</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Фильтр документов</translation>
    </message>
    <message>
        <source>By title, outlet or date</source>
        <translation>По названию, изданию или дате</translation>
    </message>
    <message>
        <source>Sort documents</source>
        <translation>Сортировка документов</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Текст документа</translation>
    </message>
    <message>
        <source>Events citing this document</source>
        <translation>События, ссылающиеся на этот документ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>График торговли</translation>
    </message>
    <message>
        <source>View, Show Figures as Table, reads the same figures as a table</source>
        <translation>Меню «Вид → Показать данные таблицей» выводит те же данные в виде таблицы</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Diplomacy</source>
        <translation>Дипломатия</translation>
    </message>
    <message>
        <source>Treaties &amp; law</source>
        <translation>Договоры и право</translation>
    </message>
    <message>
        <source>Economy &amp; trade</source>
        <translation>Экономика и торговля</translation>
    </message>
    <message>
        <source>Energy &amp; transport</source>
        <translation>Энергетика и транспорт</translation>
    </message>
    <message>
        <source>Culture &amp; society</source>
        <translation>Культура и общество</translation>
    </message>
    <message>
        <source>Conflict &amp; security</source>
        <translation>Конфликты и безопасность</translation>
    </message>
</context>
<context>
    <name>CategoryMenu</name>
    <message>
        <source>Show All</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Show None</source>
        <translation>Скрыть все</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Показать только</translation>
    </message>
</context>
<context>
    <name>CitingActions</name>
    <message>
        <source>Chicago (Author-Date)</source>
        <translation>Чикаго (автор–дата)</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>все события</translation>
    </message>
    <message>
        <source>Export Citatio&amp;ns…</source>
        <translation>Экспорт ссылок &amp;на источники…</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Копировать ссылку на источник</translation>
    </message>
    <message>
        <source>The sources of the current event, in the citation style</source>
        <translation>Источники текущего события в выбранном стиле цитирования</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Event</source>
        <translation>Копировать ссылку на &amp;событие</translation>
    </message>
    <message>
        <source>Citation St&amp;yle</source>
        <translation>Стиль &amp;цитирования</translation>
    </message>
    <message>
        <source>Wrote %1 citations to %2</source>
        <translation>Записано ссылок на источники: %1 (файл %2)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>BibTeX / biblatex (*.bib)</source>
        <translation>BibTeX / biblatex (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Экспорт ссылок на источники</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Select an event to copy its citation</source>
        <translation>Выберите событие, чтобы скопировать ссылку на его источники</translation>
    </message>
    <message>
        <source>Cannot format the citation</source>
        <translation>Не удаётся оформить ссылку на источник</translation>
    </message>
    <message>
        <source>Copied the citation</source>
        <translation>Ссылка на источник скопирована</translation>
    </message>
    <message>
        <source>Select an event to copy a link to it</source>
        <translation>Выберите событие, чтобы скопировать ссылку на него</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Copy Citation (%1)</source>
        <translation>Копировать ссылку на источник (%1)</translation>
    </message>
</context>
<context>
    <name>ControlsHelp</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>Колесо мыши, сведение пальцев</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Масштабировать относительно указателя</translation>
    </message>
    <message>
        <source>Drag, Shift+wheel, Shift+Left/Right</source>
        <translation>Перетаскивание, Shift+колесо, Shift+Влево/Вправо</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Прокрутить по времени</translation>
    </message>
    <message>
        <source>+ and -</source>
        <translation>+ и -</translation>
    </message>
    <message>
        <source>Zoom in and out</source>
        <translation>Увеличить и уменьшить</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Масштабировать по выделению</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Щелчок</translation>
    </message>
    <message>
        <source>Select an event</source>
        <translation>Выбрать событие</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+щелчок</translation>
    </message>
    <message>
        <source>Add an event to the selection, or take it out</source>
        <translation>Добавить событие к выделению или убрать из него</translation>
    </message>
    <message>
        <source>Click a cluster</source>
        <translation>Щелчок по группе</translation>
    </message>
    <message>
        <source>Zoom into it</source>
        <translation>Увеличить её</translation>
    </message>
    <message>
        <source>Ctrl+click a cluster</source>
        <translation>Ctrl+щелчок по группе</translation>
    </message>
    <message>
        <source>Select its events</source>
        <translation>Выбрать её события</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+перетаскивание</translation>
    </message>
    <message>
        <source>Select every event in a span (replaces the selection)</source>
        <translation>Выбрать все события в промежутке (заменяет выделение)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+drag</source>
        <translation>Ctrl+Shift+перетаскивание</translation>
    </message>
    <message>
        <source>Add every event in a span to the selection</source>
        <translation>Добавить все события промежутка к выделению</translation>
    </message>
    <message>
        <source>Left/Right</source>
        <translation>Влево/Вправо</translation>
    </message>
    <message>
        <source>Previous/next event (its details show at once)</source>
        <translation>Предыдущее/следующее событие (подробности видны сразу)</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, двойной щелчок</translation>
    </message>
    <message>
        <source>Bring the detail pane forward, opening it if it was closed</source>
        <translation>Вывести панель подробностей вперёд, открыв её, если она закрыта</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Right-click a lane&apos;s name</source>
        <translation>Щелчок правой кнопкой по названию полосы</translation>
    </message>
    <message>
        <source>Move or hide the lane</source>
        <translation>Переместить или скрыть полосу</translation>
    </message>
    <message>
        <source>Moving around the window</source>
        <translation>Перемещение по окну</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next/previous area: search, filters, tabs, timeline, overview, list, details</source>
        <translation>Следующая/предыдущая область: поиск, фильтры, вкладки, хронология, обзор, список, подробности</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Клавиши со стрелками</translation>
    </message>
    <message>
        <source>Move inside the list, the timeline or a menu</source>
        <translation>Перемещаться по списку, хронологии или меню</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>Timeline, Documents, Trade</source>
        <translation>Хронология, Документы, Торговля</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Trade figures as a table, or the chart again</source>
        <translation>Показать торговые данные таблицей или снова графиком</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Поиск и фильтры</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search titles, summaries and documents as you type</source>
        <translation>Искать в названиях, описаниях и документах по мере ввода</translation>
    </message>
    <message>
        <source>Enter in the search field</source>
        <translation>Enter в поле поиска</translation>
    </message>
    <message>
        <source>Select the first hit</source>
        <translation>Выбрать первое совпадение</translation>
    </message>
    <message>
        <source>Esc in the search field</source>
        <translation>Esc в поле поиска</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Categories, People, From/To</source>
        <translation>Категории, Люди, С/По</translation>
    </message>
    <message>
        <source>Narrow every view, the count and the export</source>
        <translation>Ограничивают все представления, счётчик и экспорт</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Click a highlighted passage</source>
        <translation>Щелчок по выделенному фрагменту</translation>
    </message>
    <message>
        <source>Select the events it backs</source>
        <translation>Выбрать события, которые он подтверждает</translation>
    </message>
    <message>
        <source>Open in Document (detail pane)</source>
        <translation>Открыть в документе (панель подробностей)</translation>
    </message>
    <message>
        <source>Show the quoted passage in its document</source>
        <translation>Показать цитату в её документе</translation>
    </message>
    <message>
        <source>Copy Address, Copy Citation</source>
        <translation>Копировать адрес, Копировать ссылку на источник</translation>
    </message>
    <message>
        <source>Put a source&apos;s full address or a citation on the clipboard</source>
        <translation>Поместить полный адрес источника или ссылку на источник в буфер обмена</translation>
    </message>
    <message>
        <source>Your workspace</source>
        <translation>Ваше рабочее пространство</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Star the selected events, or unstar them (also in the context menus)</source>
        <translation>Отметить выбранные события звёздочкой или снять её (также в контекстных меню)</translation>
    </message>
    <message>
        <source>★ in the filter bar</source>
        <translation>★ на панели фильтров</translation>
    </message>
    <message>
        <source>Show only starred events, with the other filters</source>
        <translation>Показать только отмеченные звёздочкой события, вместе с другими фильтрами</translation>
    </message>
    <message>
        <source>Type in My note (detail pane)</source>
        <translation>Ввод в поле «Моя заметка» (панель подробностей)</translation>
    </message>
    <message>
        <source>Write a note; it is saved as you type</source>
        <translation>Написать заметку; она сохраняется по мере ввода</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add an event of your own</source>
        <translation>Добавить собственное событие</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo and redo stars, notes and your own events</source>
        <translation>Отменить и повторить изменения звёздочек, заметок и собственных событий</translation>
    </message>
    <message>
        <source>Overview strip</source>
        <translation>Обзорная полоса</translation>
    </message>
    <message>
        <source>Drag the frame, click</source>
        <translation>Перетаскивание рамки, щелчок</translation>
    </message>
    <message>
        <source>Move the timeline</source>
        <translation>Сдвинуть хронологию</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Колесо</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштабировать</translation>
    </message>
    <message>
        <source>Tab from the timeline</source>
        <translation>Tab из хронологии</translation>
    </message>
    <message>
        <source>Give the strip the keyboard (a ring shows it has it)</source>
        <translation>Передать клавиатуру полосе (это показывает рамка вокруг неё)</translation>
    </message>
    <message>
        <source>Left/Right, Page Up/Page Down</source>
        <translation>Влево/Вправо, Page Up/Page Down</translation>
    </message>
    <message>
        <source>Move the timeline by a step, or by a whole window</source>
        <translation>Сдвинуть хронологию на шаг или на весь видимый отрезок</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>Go to the start or the end of the period</source>
        <translation>Перейти к началу или концу периода</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Клавиатура и мышь</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>Клавиши или мышь</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected events</source>
        <translation>
            <numerusform>%n выбранное событие</numerusform>
            <numerusform>%n выбранных события</numerusform>
            <numerusform>%n выбранных событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events from %1</source>
        <translation>
            <numerusform>%n событие за период %1</numerusform>
            <numerusform>%n события за период %1</numerusform>
            <numerusform>%n событий за период %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source citations</source>
        <translation>
            <numerusform>%n ссылка на источник</numerusform>
            <numerusform>%n ссылки на источники</numerusform>
            <numerusform>%n ссылок на источники</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade figures</source>
        <translation>
            <numerusform>%n показатель торговли</numerusform>
            <numerusform>%n показателя торговли</numerusform>
            <numerusform>%n показателей торговли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n со звёздочкой</numerusform>
            <numerusform>%n со звёздочкой</numerusform>
            <numerusform>%n со звёздочкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n Events</source>
        <translation>
            <numerusform>импорт %n события</numerusform>
            <numerusform>импорт %n событий</numerusform>
            <numerusform>импорт %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1</source>
        <translation>
            <numerusform>%n событие, %1</numerusform>
            <numerusform>%n события, %1</numerusform>
            <numerusform>%n событий, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>выбрано %1 из %n</numerusform>
            <numerusform>выбрано %1 из %n</numerusform>
            <numerusform>выбрано %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus %n cited public reports (see each event&apos;s sources).</source>
        <translation>
            <numerusform>А также %n цитируемая публикация (см. источники событий).</numerusform>
            <numerusform>А также %n цитируемые публикации (см. источники событий).</numerusform>
            <numerusform>А также %n цитируемых публикаций (см. источники событий).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>%1: %2 rows can be imported as your own events, %3 rows are rejected.</source>
        <translation>%1: строк, которые можно импортировать как ваши события, — %2; отклонено строк — %3.</translation>
    </message>
    <message>
        <source>Importing adds the accepted rows only, all at once.</source>
        <translation>Импорт добавляет только принятые строки, все сразу.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Неиспользуемые столбцы: %1.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Принятые (%1)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Отклонённые (%1)</translation>
    </message>
    <message>
        <source>Import %1 Events</source>
        <translation>Импортировать события (%1)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>People: {0}</source>
        <translation>Люди: {0}</translation>
    </message>
    <message>
        <source>Organisations: {0}</source>
        <translation>Организации: {0}</translation>
    </message>
    <message>
        <source>Countries: {0}</source>
        <translation>Страны: {0}</translation>
    </message>
    <message>
        <source>Also named: {0}</source>
        <translation>Также упомянуты: {0}</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list to read it and its sources.</source>
        <translation>Выберите событие в хронологии или в списке, чтобы прочитать его и его источники.</translation>
    </message>
    <message>
        <source>held within: {0}</source>
        <translation>в рамках: {0}</translation>
    </message>
    <message>
        <source>Event texts are in English; quotes as their sources wrote them.</source>
        <translation>Тексты событий — на английском; цитаты — как в источниках.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Связанное событие: %1</translation>
    </message>
    <message>
        <source>Show this related event</source>
        <translation>Показать это связанное событие</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Источники (%1)</translation>
    </message>
    <message>
        <source>… and %1 more sources, not listed here</source>
        <translation>… и ещё источников, не перечисленных здесь: %1</translation>
    </message>
    <message>
        <source>{year} ({period}: half a year)</source>
        <translation>{year} ({period}: полугодие)</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} млн $</translation>
    </message>
    <message>
        <source>Growth of turnover: {rate}%</source>
        <translation>Рост товарооборота: {rate}%</translation>
    </message>
    <message>
        <source>Trade figure</source>
        <translation>Показатель торговли</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Основа: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Источник данных: {who}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>Год: {note}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>Выбрано %n событие</numerusform>
            <numerusform>Выбрано %n события</numerusform>
            <numerusform>Выбрано %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>язык неизвестен</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>По дате</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>По изданию</translation>
    </message>
    <message>
        <source>Filter by title, outlet or date…</source>
        <translation>Фильтр по названию, изданию или дате…</translation>
    </message>
    <message>
        <source>Order of the documents in each group</source>
        <translation>Порядок документов в каждой группе</translation>
    </message>
    <message>
        <source>Full-text documents</source>
        <translation>Документы с полным текстом</translation>
    </message>
    <message>
        <source>Cited public reports</source>
        <translation>Цитируемые публикации</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>A public report: its text is not stored, only what it states (above).</source>
        <translation>Публикация: её текст не хранится, только то, что в ней сказано (см. выше).</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted passages</source>
        <translation>
            <numerusform>%n выделенный фрагмент</numerusform>
            <numerusform>%n выделенных фрагмента</numerusform>
            <numerusform>%n выделенных фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>back %n events</source>
        <translation>
            <numerusform>по %n событию</numerusform>
            <numerusform>по %n событиям</numerusform>
            <numerusform>по %n событиям</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 of %2 characters are shown.</source>
        <translation>Показаны только первые %1 из %2 символов.</translation>
    </message>
    <message>
        <source>Filters cleared to show the events this passage backs</source>
        <translation>Фильтры сброшены, чтобы показать события, подтверждаемые этим фрагментом</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n events:</source>
        <translation>
            <numerusform>Цитируется в %n событии:</numerusform>
            <numerusform>Цитируется в %n событиях:</numerusform>
            <numerusform>Цитируется в %n событиях:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select this event</source>
        <translation>Выбрать это событие</translation>
    </message>
</context>
<context>
    <name>EventLinks</name>
    <message>
        <source>Show this event</source>
        <translation>Показать это событие</translation>
    </message>
</context>
<context>
    <name>EventOpening</name>
    <message>
        <source>Cannot show the event</source>
        <translation>Не удаётся показать событие</translation>
    </message>
    <message>
        <source>This database has no event with the id “%1”.</source>
        <translation>В этой базе данных нет события с идентификатором «%1».</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>choose a name ending in .png or .svg</source>
        <translation>выберите имя, оканчивающееся на .png или .svg</translation>
    </message>
    <message>
        <source>the SVG could not be written</source>
        <translation>не удалось записать SVG</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>не удалось записать PNG</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>не удалось записать PDF</translation>
    </message>
    <message>
        <source>choose a name ending in .pdf</source>
        <translation>выберите имя, оканчивающееся на .pdf</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Add Byte-Order Mark to CSV (for Excel)</source>
        <translation>Добавлять метку порядка байтов в CSV (для Excel)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1</source>
        <translation>
            <numerusform>Экспортировано %n событие в %1</numerusform>
            <numerusform>Экспортировано %n события в %1</numerusform>
            <numerusform>Экспортировано %n событий в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the timeline (%1 px wide) to %2</source>
        <translation>Хронология (ширина %1 пикс.) сохранена в %2</translation>
    </message>
    <message>
        <source>Sources: %1; and %2 cited public reports. Data built %3 (azkz-desktop).</source>
        <translation>Источники: %1; а также цитируемых публикаций: %2. Данные собраны %3 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>в неизвестную дату</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: timeline</source>
        <translation>Азербайджано-казахстанские отношения: хронология</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Select events first (click, Ctrl+click or Shift+drag).</source>
        <translation>Сначала выберите события (щелчок, Ctrl+щелчок или Shift+перетаскивание).</translation>
    </message>
    <message>
        <source>Export Selected Events</source>
        <translation>Экспорт выбранных событий</translation>
    </message>
    <message>
        <source>Export All Shown Events</source>
        <translation>Экспорт всех показанных событий</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Экспорт изображения хронологии</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1

The app keeps running. The details were written to
%2
(%3).</source>
        <translation>Произошла непредвиденная ошибка: %1

Программа продолжает работу. Подробности записаны в
%2
(%3).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>2010 or 2010-05</source>
        <translation>2010 или 2010-05</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Поиск и фильтры</translation>
    </message>
    <message>
        <source>Search events and documents…</source>
        <translation>Поиск по событиям и документам…</translation>
    </message>
    <message>
        <source>Full-text search (%1)</source>
        <translation>Полнотекстовый поиск (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Категории (%1)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Двусторонние</translation>
    </message>
    <message>
        <source>Bilateral only: leave out events held within a multilateral setting (CIS, Turkic, SCO, … summits)</source>
        <translation>Только двусторонние: без событий в многостороннем формате (саммиты СНГ, тюркских государств, ШОС и др.)</translation>
    </message>
    <message>
        <source>Starred only: the events you starred (S stars the selection)</source>
        <translation>Только со звёздочкой: события, которые вы отметили звёздочкой (S отмечает выделенные)</translation>
    </message>
    <message>
        <source>  From </source>
        <translation>  С </translation>
    </message>
    <message>
        <source> to </source>
        <translation> по </translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Снова показать все события</translation>
    </message>
    <message>
        <source>Show events from this date: %1</source>
        <translation>Показать события с этой даты: %1</translation>
    </message>
    <message>
        <source>Show events up to this date: %1</source>
        <translation>Показать события до этой даты: %1</translation>
    </message>
    <message>
        <source>%1 (use %2)</source>
        <translation>%1 (используйте %2)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>not a date; use %1</source>
        <translation>это не дата; используйте %1</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>месяца %1 не существует</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>%2 не содержит %1-го числа</translation>
    </message>
    <message>
        <source>year %1 is out of range</source>
        <translation>год %1 вне допустимого диапазона</translation>
    </message>
</context>
<context>
    <name>HitTesting</name>
    <message>
        <source>Click to zoom in; Ctrl-click to select them</source>
        <translation>Щелчок — увеличить; Ctrl+щелчок — выбрать их</translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Экспорт изображения хронологии</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Выбрать файл…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Язык системы</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Cannot show the database</source>
        <translation>Не удаётся показать базу данных</translation>
    </message>
    <message>
        <source>The settings file was damaged and was set aside as %1</source>
        <translation>Файл настроек был повреждён и переименован в %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Azerbaijan–Kazakhstan relations</source>
        <translation>Азербайджано-казахстанские отношения</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных SQLite (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>Показано %1 из %n события</numerusform>
            <numerusform>Показано %1 из %n событий</numerusform>
            <numerusform>Показано %1 из %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes hidden</source>
        <translation>
            <numerusform>скрыта %n полоса</numerusform>
            <numerusform>скрыты %n полосы</numerusform>
            <numerusform>скрыто %n полос</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>выбрано: %n</numerusform>
            <numerusform>выбрано: %n</numerusform>
            <numerusform>выбрано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>database built %1</source>
        <translation>база данных от %1</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged records skipped</source>
        <translation>
            <numerusform>пропущена %n повреждённая запись</numerusform>
            <numerusform>пропущены %n повреждённые записи</numerusform>
            <numerusform>пропущено %n повреждённых записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Stars added: %1; taken off because they were unstarred there later: %2</source>
        <translation>Добавлено звёздочек: %1; снято, потому что там их сняли позже: %2</translation>
    </message>
    <message>
        <source>Notes added: %1; replaced by newer ones: %2; cleared because they were cleared there later: %3; kept because yours are newer: %4</source>
        <translation>Добавлено заметок: %1; заменено более новыми: %2; очищено, потому что там их очистили позже: %3; оставлено, потому что ваши новее: %4</translation>
    </message>
    <message>
        <source>Versions added to the note history: %1</source>
        <translation>Версий добавлено в историю заметок: %1</translation>
    </message>
    <message>
        <source>Own events added: %1; updated: %2; unchanged: %3</source>
        <translation>Собственных событий добавлено: %1; обновлено: %2; без изменений: %3</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Импорт рабочего пространства</translation>
    </message>
    <message>
        <source>Merging %1 into your workspace, by event id, would give:</source>
        <translation>Слияние %1 с вашим рабочим пространством по идентификатору события даст:</translation>
    </message>
    <message>
        <source>Where both have a note or event, the newer one wins; the other is kept in the history.</source>
        <translation>Если заметка или событие есть в обоих, остаётся более новая версия; другая сохраняется в истории.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your note on this event (saved as you type)…</source>
        <translation>Ваша заметка к этому событию (сохраняется по мере ввода)…</translation>
    </message>
</context>
<context>
    <name>OrphanNotesDialog</name>
    <message>
        <source>Notes on Events No Longer in the Data</source>
        <translation>Заметки к событиям, которых больше нет в данных</translation>
    </message>
    <message>
        <source>These notes are on events this database no longer has. They are kept in your workspace and come back if the event does.</source>
        <translation>Эти заметки относятся к событиям, которых больше нет в этой базе данных. Они хранятся в вашем рабочем пространстве и вернутся, если вернётся событие.</translation>
    </message>
    <message>
        <source>Every note is on an event of this database.</source>
        <translation>Все заметки относятся к событиям этой базы данных.</translation>
    </message>
</context>
<context>
    <name>OverviewAccessible</name>
    <message>
        <source>Overview: showing %1</source>
        <translation>Обзор: показан период %1</translation>
    </message>
    <message>
        <source>The whole period; the frame marks the stretch the timeline shows. Left and Right move it, plus and minus zoom, Home and End go to the ends</source>
        <translation>Весь период; рамка отмечает отрезок, показанный на хронологии. Влево и Вправо сдвигают её, плюс и минус меняют масштаб, Home и End переходят к краям</translation>
    </message>
    <message>
        <source>Move the window later</source>
        <translation>Сдвинуть показанный отрезок позже</translation>
    </message>
    <message>
        <source>Move the window earlier</source>
        <translation>Сдвинуть показанный отрезок раньше</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole period: drag the frame, or click to move the timeline there. With the keyboard: arrows and Page Up/Down move, + and - zoom, Home and End go to the ends</source>
        <translation>Весь период: перетащите рамку или щёлкните, чтобы перенести туда хронологию. С клавиатуры: стрелки и Page Up/Page Down сдвигают, + и - меняют масштаб, Home и End переходят к краям</translation>
    </message>
</context>
<context>
    <name>OwnEventDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-10: as precise as you know</source>
        <translation>2024, 2024-03 или 2024-03-10: с той точностью, какая вам известна</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>optional, at the same precision</source>
        <translation>необязательно, с той же точностью</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Краткое описание</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Кат&amp;егория</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>имена через ;</translation>
    </message>
    <message>
        <source>Source &amp;address</source>
        <translation>&amp;Адрес источника</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Издание</translation>
    </message>
    <message>
        <source>Report t&amp;itle</source>
        <translation>&amp;Заголовок публикации</translation>
    </message>
    <message>
        <source>Report da&amp;te</source>
        <translation>Дата пу&amp;бликации</translation>
    </message>
    <message>
        <source>or describe the source in your own words</source>
        <translation>или опишите источник своими словами</translation>
    </message>
    <message>
        <source>Source as te&amp;xt</source>
        <translation>Источник &amp;текстом</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation>Сначала исправьте поля, отмеченные красным</translation>
    </message>
</context>
<context>
    <name>PeopleButton</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>Найти имя…</translation>
    </message>
    <message>
        <source>Also: {0}</source>
        <translation>Также: {0}</translation>
    </message>
    <message>
        <source>People ({0})</source>
        <translation>Люди ({0})</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>[%1 more characters not shown]</source>
        <translation>[не показано символов: %1]</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>все события</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Выборка: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Люди: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Ваша заметка: %1</translation>
    </message>
    <message>
        <source>position not verified</source>
        <translation>положение не проверено</translation>
    </message>
    <message>
        <source>bundled in azkz-desktop</source>
        <translation>входит в azkz-desktop</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Data: azkz-desktop, MIT licence. Quoted passages stay under their publishers&apos; terms; Wikipedia text is CC BY-SA.</source>
        <translation>Данные: azkz-desktop, лицензия MIT. Цитаты используются на условиях их издателей; тексты Википедии — CC BY-SA.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>нет событий</translation>
    </message>
    <message>
        <source>Sources: %1 documents and reports, each cited below. Database built %2 (azkz-desktop).</source>
        <translation>Источники: документов и публикаций — %1, каждый указан ниже. База данных собрана %2 (azkz-desktop).</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>в неизвестную дату</translation>
    </message>
    <message>
        <source>the pages could not be opened for drawing</source>
        <translation>не удалось открыть страницы для рисования</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>не удалось начать новую страницу</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Timeline of the events in this report</source>
        <translation>Хронология событий этого отчёта</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save &amp;Report as PDF…</source>
        <translation>Сохранить о&amp;тчёт в PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Saved a %1-page report to %2</source>
        <translation>Отчёт (страниц: %1) сохранён в %2</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Не удаётся сохранить отчёт</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations: report</source>
        <translation>Азербайджано-казахстанские отношения: отчёт</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Не удаётся напечатать отчёт</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>На принтер отправлено страниц: %1</translation>
    </message>
</context>
<context>
    <name>SlowOpen</name>
    <message>
        <source>the database has no stored timeline arrays</source>
        <translation>в базе данных нет сохранённых массивов хронологии</translation>
    </message>
    <message>
        <source>the stored timeline arrays are of another format</source>
        <translation>сохранённые массивы хронологии имеют другой формат</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack their description in meta</source>
        <translation>у сохранённых массивов хронологии нет описания в meta</translation>
    </message>
    <message>
        <source>the events were changed after the timeline arrays were stored</source>
        <translation>события были изменены после сохранения массивов хронологии</translation>
    </message>
    <message>
        <source>the stored timeline arrays were made for other categories</source>
        <translation>сохранённые массивы хронологии созданы для других категорий</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (rows added or removed)</source>
        <translation>сохранённые массивы хронологии не соответствуют событиям (строки добавлены или удалены)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lanes&apos; lengths differ)</source>
        <translation>сохранённые массивы хронологии не соответствуют событиям (длины их полос различаются)</translation>
    </message>
    <message>
        <source>the stored timeline arrays do not match the events (their lengths differ)</source>
        <translation>сохранённые массивы хронологии не соответствуют событиям (их длины различаются)</translation>
    </message>
    <message>
        <source>the stored timeline arrays have damaged lane offsets</source>
        <translation>у сохранённых массивов хронологии повреждены смещения полос</translation>
    </message>
    <message>
        <source>the stored timeline arrays lack {names}</source>
        <translation>в сохранённых массивах хронологии нет {names}</translation>
    </message>
    <message>
        <source>the stored timeline array {name} is damaged</source>
        <translation>сохранённый массив хронологии {name} повреждён</translation>
    </message>
    <message>
        <source>the stored timeline array {name} points outside the events</source>
        <translation>сохранённый массив хронологии {name} указывает за пределы событий</translation>
    </message>
    <message>
        <source>Opened slowly (every event read): {reason}</source>
        <translation>Открыто медленно (прочитано каждое событие): {reason}</translation>
    </message>
    <message>
        <source>This database was opened by reading every event, which is slower for large ones, because {reason}. Rebuilding it stores arrays that open at once.</source>
        <translation>Эта база данных открыта с чтением каждого события (для больших баз это медленнее), потому что {reason}. После пересборки в ней будут храниться массивы, которые открываются сразу.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>language: %1</source>
        <translation>язык: %1</translation>
    </message>
    <message>
        <source>Copied the %1: %2</source>
        <translation>Скопировано (%1): %2</translation>
    </message>
    <message>
        <source>Opening %1 in the web browser</source>
        <translation>%1 открывается в браузере</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1; use Copy Address instead.</source>
        <translation>Не удалось открыть браузер для %1; воспользуйтесь «Копировать адрес».</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Копировать ссылку на источник</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>ссылка на источник</translation>
    </message>
    <message>
        <source>Open Address in Browser</source>
        <translation>Открыть адрес в браузере</translation>
    </message>
    <message>
        <source>Needs a network connection</source>
        <translation>Требуется подключение к сети</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Bundled document</source>
        <translation>Прилагаемый документ</translation>
    </message>
    <message>
        <source>⚠ This quote is not in its document at the place recorded.</source>
        <translation>⚠ Этой цитаты нет в документе в указанном месте.</translation>
    </message>
    <message>
        <source>Open in Document</source>
        <translation>Открыть в документе</translation>
    </message>
    <message>
        <source>Show the whole document with this passage highlighted</source>
        <translation>Показать весь документ с выделенным фрагментом</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Events by date. Left and Right: previous and next event; Enter: details; plus and minus: zoom; Shift with Left and Right: move in time</source>
        <translation>События по дате. Влево и Вправо: предыдущее и следующее событие; Enter: подробности; плюс и минус: масштаб; Shift+Влево/Вправо: сдвиг во времени</translation>
    </message>
    <message>
        <source>Zoom in to tell these events apart</source>
        <translation>Увеличьте масштаб, чтобы различить эти события</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>со звёздочкой</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Показан период: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Отметить звёздочкой или снять отметку</translation>
    </message>
    <message>
        <source>Zoom in to this cluster&apos;s events</source>
        <translation>Увеличить масштаб до событий этой группы</translation>
    </message>
    <message>
        <source>Show the event&apos;s details</source>
        <translation>Показать подробности события</translation>
    </message>
    <message>
        <source>Make this the current event</source>
        <translation>Сделать это событие текущим</translation>
    </message>
    <message>
        <source>Star the event in your workspace, or take its star away</source>
        <translation>Отметить событие звёздочкой в вашем рабочем пространстве или снять звёздочку</translation>
    </message>
</context>
<context>
    <name>TimelineImage</name>
    <message>
        <source>Starred by you</source>
        <translation>Отмечено вами звёздочкой</translation>
    </message>
    <message>
        <source>Your own event</source>
        <translation>Ваше собственное событие</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Move “%1” Up</source>
        <translation>Переместить «%1» вверх</translation>
    </message>
    <message>
        <source>Move “%1” Down</source>
        <translation>Переместить «%1» вниз</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>Скрыть «%1»</translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>Kazakhstan&apos;s official statistics</source>
        <translation>Официальная статистика Казахстана</translation>
    </message>
    <message>
        <source>Figures the source credits to Kazakhstan&apos;s statistics office</source>
        <translation>Данные, которые источник приписывает статистическому ведомству Казахстана</translation>
    </message>
    <message>
        <source>Kazakh government releases</source>
        <translation>Сообщения правительства Казахстана</translation>
    </message>
    <message>
        <source>Figures from the Kazakh President&apos;s or Prime Minister&apos;s press service, the government or a ministry, naming no statistic</source>
        <translation>Данные пресс-службы Президента или Премьер-министра Казахстана, правительства или министерства без ссылки на статистику</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Customs Committee</source>
        <translation>Государственный таможенный комитет Азербайджана</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Customs Committee</source>
        <translation>Данные, которые источник приписывает Государственному таможенному комитету Азербайджана</translation>
    </message>
    <message>
        <source>Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Государственный комитет по статистике Азербайджана</translation>
    </message>
    <message>
        <source>Figures the source credits to Azerbaijan&apos;s State Statistics Committee</source>
        <translation>Данные, которые источник приписывает Государственному комитету по статистике Азербайджана</translation>
    </message>
    <message>
        <source>Statements, unattributed reports (never joined)</source>
        <translation>Заявления, сообщения без указания авторства (не соединяются)</translation>
    </message>
    <message>
        <source>A figure an official states without naming a statistic, or a report gives without saying whose it is: each stands alone, never joined to another</source>
        <translation>Цифра, которую называет официальное лицо без ссылки на статистику или приводит сообщение без указания, чья она: каждая стоит отдельно и не соединяется с другими</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>Kazakh exports to Azerbaijan</source>
        <translation>Экспорт Казахстана в Азербайджан</translation>
    </message>
    <message>
        <source>Kazakh imports from Azerbaijan</source>
        <translation>Импорт Казахстана из Азербайджана</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade, USD million</source>
        <translation>Торговля Азербайджана и Казахстана, млн долл. США</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Follow the timeline</source>
        <translation>Следовать за хронологией</translation>
    </message>
    <message>
        <source>Show the same stretch of time as the timeline, and move it with this chart</source>
        <translation>Показывать тот же отрезок времени, что и хронология, и сдвигать её вместе с графиком</translation>
    </message>
    <message>
        <source>Show All Figures</source>
        <translation>Показать все данные</translation>
    </message>
    <message>
        <source>Fit the chart to every figure</source>
        <translation>Вписать в график все данные</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Сохранить график…</translation>
    </message>
    <message>
        <source>Save Series as CSV…</source>
        <translation>Сохранить ряды в CSV…</translation>
    </message>
    <message>
        <source>Hover a point for its figure and source; click it to read the source in the detail pane. Colour: whose figure it is; shape: what it measures. A line joins only consecutive years of one basis. Dotted grey lines: economy &amp; trade events (click one to select it).</source>
        <translation>Наведите указатель на точку, чтобы увидеть значение и источник; щелчок открывает источник на панели подробностей. Цвет — чьи это данные; форма — что измеряется. Линия соединяет только соседние годы одной основы. Серые пунктирные линии — события экономики и торговли (щелчок выбирает событие).</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan trade</source>
        <translation>Торговля Азербайджана и Казахстана</translation>
    </message>
    <message>
        <source>Turnover growth, reported without a value</source>
        <translation>Рост товарооборота без указания значения</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Series as CSV</source>
        <translation>Сохранить ряды в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>первое полугодие</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>второе полугодие</translation>
    </message>
    <message>
        <source>{year}, {half} only</source>
        <translation>{year}, только {half}</translation>
    </message>
    <message>
        <source>Basis: {name}</source>
        <translation>Основа: {name}</translation>
    </message>
    <message>
        <source>Given by: {who}</source>
        <translation>Источник данных: {who}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Источник: {citation}</translation>
    </message>
    <message>
        <source>Year: {note}</source>
        <translation>Год: {note}</translation>
    </message>
    <message>
        <source>{measure}: ${value} million</source>
        <translation>{measure}: {value} млн $</translation>
    </message>
    <message>
        <source>(click to read the source in the detail pane)</source>
        <translation>(щёлкните, чтобы прочитать источник на панели подробностей)</translation>
    </message>
    <message>
        <source>{count} figures here; a click shows the first.</source>
        <translation>Здесь значений: {count}; щелчок покажет первое.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Economy &amp; trade event (click to select it):</source>
        <translation>Событие экономики и торговли (щёлкните, чтобы выбрать):</translation>
    </message>
    <message>
        <source>{rate} reported (no value)</source>
        <translation>{rate}, по сообщениям (без значения)</translation>
    </message>
    <message>
        <source>{rate} reported</source>
        <translation>{rate}, по сообщениям</translation>
    </message>
    <message>
        <source>Growth of turnover in {year} over the year before, as reported: {rate}</source>
        <translation>Рост товарооборота в {year} г. по сравнению с предыдущим годом, по сообщениям: {rate}</translation>
    </message>
    <message>
        <source>No trade figures for {span}.
The figures cover {first}–{last}: move the timeline there, or press “Show All Figures”.</source>
        <translation>Нет данных о торговле за {span}.
Данные охватывают {first}–{last}: сдвиньте туда хронологию или нажмите «Показать все данные».</translation>
    </message>
    <message>
        <source>Goal, not data: ${value} million turnover (stated {stated})</source>
        <translation>Цель, а не данные: товарооборот {value} млн $ (заявлено {stated})</translation>
    </message>
    <message>
        <source>Hollow: half a year</source>
        <translation>Полые точки: полугодие</translation>
    </message>
</context>
<context>
    <name>TradeTable</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value, USD million</source>
        <translation>Значение, млн долл. США</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основа</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>первое полугодие</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>второе полугодие</translation>
    </message>
    <message>
        <source>Turnover growth, %1 %</source>
        <translation>Рост товарооборота, %1 %</translation>
    </message>
    <message>
        <source>Trade figures</source>
        <translation>Показатели торговли</translation>
    </message>
    <message>
        <source>Each figure as its source gives it; Enter shows the source in the detail pane</source>
        <translation>Каждое значение в том виде, как его даёт источник; Enter показывает источник на панели подробностей</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Export Selected Events…</source>
        <translation>&amp;Экспорт выбранных событий…</translation>
    </message>
    <message>
        <source>Export &amp;All Shown Events…</source>
        <translation>Экспорт вс&amp;ех показанных событий…</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Image…</source>
        <translation>Экспорт &amp;изображения хронологии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Снять &amp;выделение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation>&amp;Торговля</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Показать &amp;всё</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Масштаб по в&amp;ыделению</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Полосы</translation>
    </message>
    <message>
        <source>&amp;Reset Lanes</source>
        <translation>&amp;Сбросить полосы</translation>
    </message>
    <message>
        <source>Show Figures as Ta&amp;ble</source>
        <translation>Показать данные та&amp;блицей</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Полно&amp;экранный режим</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Клавиатура и мышь</translation>
    </message>
    <message>
        <source>&amp;About azkz-desktop</source>
        <translation>&amp;О программе azkz-desktop</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Star</source>
        <translation>установку звёздочки</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>снятие звёздочки</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>добавление события</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>изменение события</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>удаление события</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>слияние %1</translation>
    </message>
    <message>
        <source>Import Events from CS&amp;V…</source>
        <translation>Импорт событий из &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>Экспорт ра&amp;бочего пространства…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace…</source>
        <translation>Импорт рабо&amp;чего пространства…</translation>
    </message>
    <message>
        <source>&amp;Notes on Events No Longer in the Data…</source>
        <translation>&amp;Заметки к событиям, которых больше нет в данных…</translation>
    </message>
    <message>
        <source>Import Events from CSV</source>
        <translation>Импорт событий из CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-файлы (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Не удаётся импортировать этот файл</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 replaced)</source>
        <translation>Импортировано событий из %2: %1 (заменено: %3)</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Экспорт рабочего пространства</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace);;All files (*)</source>
        <translation>Файлы рабочего пространства (*.azkz-workspace);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot export the workspace</source>
        <translation>Не удаётся экспортировать рабочее пространство</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>Рабочее пространство экспортировано в %1</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Импорт рабочего пространства</translation>
    </message>
    <message>
        <source>Workspace files (*.azkz-workspace *.sqlite);;All files (*)</source>
        <translation>Файлы рабочего пространства (*.azkz-workspace *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import this workspace</source>
        <translation>Не удаётся импортировать это рабочее пространство</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Ничего не объединено</translation>
    </message>
    <message>
        <source>Workspace merged</source>
        <translation>Рабочее пространство объединено</translation>
    </message>
    <message>
        <source>Merged %1:</source>
        <translation>Объединено из %1:</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1).</source>
        <translation>Рабочее пространство повреждено (%1).</translation>
    </message>
    <message>
        <source>No new workspace could be begun in its place (%1). The window runs read-only: stars, notes and your own events cannot be changed until the app is started again.</source>
        <translation>Создать вместо него новое рабочее пространство не удалось (%1). Окно работает только для чтения: звёздочки, заметки и ваши собственные события нельзя изменить до следующего запуска приложения.</translation>
    </message>
    <message>
        <source>A new, empty workspace was begun in its place: stars, notes and your own events can be added again at once.</source>
        <translation>Вместо него создано новое, пустое рабочее пространство: звёздочки, заметки и собственные события можно сразу добавлять снова.</translation>
    </message>
    <message>
        <source>The damaged file was set aside as %1; it was not deleted.</source>
        <translation>Повреждённый файл отложен как %1; он не удалён.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of azkz-desktop (workspace schema version %1; this version reads up to %2).</source>
        <translation>Рабочее пространство записано более новой версией azkz-desktop (версия схемы рабочего пространства: %1; эта версия читает до %2).</translation>
    </message>
    <message>
        <source>The file was not changed. Open it with that newer version; this one runs read-only without it: stars, notes and your own events cannot be changed.</source>
        <translation>Файл не изменён. Откройте его той более новой версией; эта работает без него только для чтения: звёздочки, заметки и ваши собственные события изменить нельзя.</translation>
    </message>
    <message>
        <source>The file was not changed. The window runs read-only without it: stars, notes and your own events cannot be changed until it can be opened.</source>
        <translation>Файл не изменён. Окно работает без него только для чтения: звёздочки, заметки и ваши собственные события нельзя изменить, пока его не удастся открыть.</translation>
    </message>
    <message>
        <source>Your workspace cannot be used</source>
        <translation>Ваше рабочее пространство нельзя использовать</translation>
    </message>
    <message>
        <source>Your workspace was damaged</source>
        <translation>Ваше рабочее пространство было повреждено</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>S&amp;tar or Unstar</source>
        <translation>Поставить или снять &amp;звёздочку</translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <source>Edit E&amp;vent…</source>
        <translation>&amp;Изменить событие…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;Удалить событие</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить %1</translation>
    </message>
    <message>
        <source>Your workspace could not be opened: %1</source>
        <translation>Не удалось открыть ваше рабочее пространство: %1</translation>
    </message>
    <message>
        <source>No workspace is open in this window</source>
        <translation>В этом окне не открыто рабочее пространство</translation>
    </message>
    <message>
        <source>Workspace unavailable</source>
        <translation>Рабочее пространство недоступно</translation>
    </message>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Ваше собственное событие</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Со звёздочкой</translation>
    </message>
    <message>
        <source>My note: %1</source>
        <translation>Моя заметка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes were left as they are: they had been changed since</source>
        <translation>
            <numerusform>%n изменение оставлено как есть: с тех пор его изменили</numerusform>
            <numerusform>%n изменения оставлены как есть: с тех пор их изменили</numerusform>
            <numerusform>%n изменений оставлено как есть: с тех пор их изменили</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Your change could not be saved</source>
        <translation>Не удалось сохранить ваше изменение</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>◇ Your own event</source>
        <translation>◇ Ваше собственное событие</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Моя заметка</translation>
    </message>
    <message>
        <source>Select one event to star it or write a note on it.</source>
        <translation>Выберите одно событие, чтобы отметить его звёздочкой или написать к нему заметку.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Со звёздочкой</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Отметить</translation>
    </message>
    <message>
        <source>Select one event to star it</source>
        <translation>Выберите одно событие, чтобы отметить его звёздочкой</translation>
    </message>
    <message>
        <source>Unstar this event (S)</source>
        <translation>Снять звёздочку с этого события (S)</translation>
    </message>
    <message>
        <source>Star this event (S)</source>
        <translation>Отметить это событие звёздочкой (S)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
</context>
</TS>
