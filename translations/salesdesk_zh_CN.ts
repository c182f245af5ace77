<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityRepository</name>
    <message>
        <source>There is no activity #%1.</source>
        <translation>不存在销售活动 #%1。</translation>
    </message>
</context>
<context>
    <name>BackupShelf</name>
    <message>
        <source>Cannot make the backup folder “%1”.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>The backup “%1” was written but is gone.</source>
        <translation>备份“%1”已写出，但随后不见了。</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1”已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”: %3</source>
        <translation>无法把“%1”复制到“%2”：%3</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>BookForecastText</name>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>A forecast is by month or by quarter.</source>
        <translation>预测按月或按季度进行。</translation>
    </message>
    <message>
        <source>The book has no %1 in a finished %2 to forecast from.</source>
        <translation>账簿中没有已结束%2的%1可作为预测依据。</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message numerus="yes">
        <source>%1 is what it holds to %2 and the model&apos;s forecast for the %n day(s) it has left.</source>
        <translation>
            <numerusform>%1 为截至 %2 的实际数，加上模型对其剩余 %n 天的预测。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” already exists; SalesDesk will not overwrite it.</source>
        <translation>“%1”已存在；SalesDesk 不会覆盖它。</translation>
    </message>
    <message>
        <source>“%1” is already open in another SalesDesk. Close it there first, or open a copy.</source>
        <translation>“%1”已在另一个 SalesDesk 中打开。请先在那里关闭，或打开一个副本。</translation>
    </message>
    <message>
        <source>“%1” is already open in another SalesDesk (process %2 on %3). Close it there first, or open a copy.</source>
        <translation>“%1”已在另一个 SalesDesk 中打开（%3 上的进程 %2）。请先在那里关闭，或打开一个副本。</translation>
    </message>
    <message>
        <source>Cannot open “%1” to change it: the disk is full. Free some space and try again; the book is as it was.</source>
        <translation>无法打开“%1”进行修改：磁盘已满。请腾出一些空间后重试；账本保持原样。</translation>
    </message>
    <message>
        <source>“%1” is read-only here. SalesDesk can show, check, export and back it up; to change it, save a copy elsewhere (salesdesk backup --db FILE --out COPY) and open the copy.</source>
        <translation>“%1”在此处是只读的。SalesDesk 可以显示、检查、导出和备份它；如需修改，请把副本保存到别处（salesdesk backup --db FILE --out COPY）并打开副本。</translation>
    </message>
    <message>
        <source>Cannot open “%1” to change it: %2</source>
        <translation>无法打开“%1”进行修改：%2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: its folder may not be written.</source>
        <translation>无法创建“%1”：其所在文件夹不可写入。</translation>
    </message>
</context>
<context>
    <name>BookSettings</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation>公司名称。</translation>
    </message>
    <message>
        <source>The home currency: every total is in it (ISO 4217 code).</source>
        <translation>本位币：所有合计都以它计算（ISO 4217 代码）。</translation>
    </message>
    <message>
        <source>Months of purchases a customer&apos;s value counts.</source>
        <translation>计算客户价值时回看的购买月数。</translation>
    </message>
    <message>
        <source>High-value: the top this percent of buying customers by value…</source>
        <translation>高价值：按购买金额排名前这一百分比的客户……</translation>
    </message>
    <message>
        <source>…with at least this many won deals in the window.</source>
        <translation>……且在回看期内至少赢单这么多笔。</translation>
    </message>
    <message>
        <source>Potential: a first purchase within this many days (or an open deal).</source>
        <translation>潜力：首次购买在这么多天以内（或有进行中的商机）。</translation>
    </message>
    <message>
        <source>A high-value customer is at risk after this percent of their usual interval without a purchase.</source>
        <translation>高价值客户超过其通常购买间隔的这一百分比仍未购买，即视为有流失风险。</translation>
    </message>
    <message>
        <source>Contact high-value customers every this many days.</source>
        <translation>每隔这么多天联系一次高价值客户。</translation>
    </message>
    <message>
        <source>Contact potential customers every this many days.</source>
        <translation>每隔这么多天联系一次潜力客户。</translation>
    </message>
    <message>
        <source>Contact general customers every this many days.</source>
        <translation>每隔这么多天联系一次一般客户。</translation>
    </message>
    <message>
        <source>A target is on track from this percent of what was expected by the day asked.</source>
        <translation>达到截至查询日应完成量的这一百分比，目标即为进度正常。</translation>
    </message>
    <message>
        <source>…at risk from this percent; behind below it.</source>
        <translation>……达到这一百分比为有风险，低于它为落后。</translation>
    </message>
    <message>
        <source>targets.at_risk_percent (%1) cannot be above targets.on_track_percent (%2).</source>
        <translation>targets.at_risk_percent（%1）不能高于 targets.on_track_percent（%2）。</translation>
    </message>
    <message>
        <source>The month the company&apos;s year starts in (1 January … 12 December): new targets&apos; years and quarters follow it.</source>
        <translation>公司年度开始的月份（1 为一月 … 12 为十二月）：新目标的年度和季度按此划分。</translation>
    </message>
</context>
<context>
    <name>BookUserRepository</name>
    <message>
        <source>People and their roles belong to a book on a team server; a file is one person&apos;s.</source>
        <translation>人员及其角色只适用于团队服务器上的账簿；文件账簿只供一人使用。</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The calendar&apos;s range must end on or after the day it starts.</source>
        <translation>日历的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Sales rep: %1</source>
        <translation>销售代表：%1</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>千 %1</translation>
    </message>
</context>
<context>
    <name>Clash</name>
    <message>
        <source>&amp;Apply Mine on Top</source>
        <translation>应用我的更改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create an empty company data file</source>
        <translation>创建空白公司数据文件</translation>
    </message>
    <message>
        <source>Write a realistic demo company</source>
        <translation>生成逼真的演示公司</translation>
    </message>
    <message>
        <source>Check a data file&apos;s integrity</source>
        <translation>检查数据文件的完整性</translation>
    </message>
    <message>
        <source>Write a consistent copy of a data file</source>
        <translation>写出数据文件的一致副本</translation>
    </message>
    <message>
        <source>Stage conversion, dwell times and the bottleneck</source>
        <translation>阶段转化率、停留时间与瓶颈</translation>
    </message>
    <message>
        <source>SalesDesk %1 — offline sales strategy for small businesses.

Usage:
  salesdesk [FILE.salesdesk]          start the app (on FILE)
  salesdesk COMMAND [OPTIONS]         run a command headless

Commands:
</source>
        <translation>SalesDesk %1 — 面向小企业的离线销售策略工具。

用法：
  salesdesk [文件.salesdesk]          启动应用（打开该文件）
  salesdesk 命令 [选项]               以无界面方式运行命令

命令：
</translation>
    </message>
    <message>
        <source>
Run “salesdesk COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 wrong usage, 2 bad data or file, 3 internal error.</source>
        <translation>
运行“salesdesk 命令 --help”查看该命令的选项。
退出码：0 成功，1 用法错误，2 数据或文件有误，3 内部错误。</translation>
    </message>
    <message>
        <source>unknown command “%1”; run “salesdesk --help”.</source>
        <translation>未知命令“%1”；请运行“salesdesk --help”。</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>要写出的副本。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Checks SQLite integrity, foreign keys and SalesDesk&apos;s own rules. Exits 0 only when the file is healthy.</source>
        <translation>检查 SQLite 完整性、外键和 SalesDesk 自身规则。仅当文件完好时退出码为 0。</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1：正常</translation>
    </message>
    <message>
        <source>%1: %2 problem(s)</source>
        <translation>%1：%2 个问题</translation>
    </message>
    <message>
        <source>Lists deals.</source>
        <translation>列出商机。</translation>
    </message>
    <message>
        <source>Only deals in this stage.</source>
        <translation>只列出此阶段的商机。</translation>
    </message>
    <message>
        <source>open, won or lost.</source>
        <translation>open（进行中）、won（赢单）或 lost（输单）。</translation>
    </message>
    <message>
        <source>there is no stage “%1”; the stages are: %2.</source>
        <translation>没有阶段“%1”；现有阶段为：%2。</translation>
    </message>
    <message>
        <source>--status is open, won or lost, not “%1”.</source>
        <translation>--status 应为 open、won 或 lost，而不是“%1”。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Adds a deal, creating the customer and owner by name when they are new.</source>
        <translation>添加商机；客户或负责人为新名称时自动创建。</translation>
    </message>
    <message>
        <source>The deal&apos;s title.</source>
        <translation>商机名称。</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>客户名称。</translation>
    </message>
    <message>
        <source>The stage (default: the first).</source>
        <translation>阶段（默认：第一个阶段）。</translation>
    </message>
    <message>
        <source>The sales rep who owns it.</source>
        <translation>负责该商机的销售人员。</translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation>预计成交日期。</translation>
    </message>
    <message>
        <source>Product or service.</source>
        <translation>产品或服务。</translation>
    </message>
    <message>
        <source>deals add needs --%1.</source>
        <translation>deals add 需要 --%1。</translation>
    </message>
    <message>
        <source>--value cannot be negative.</source>
        <translation>--value 不能为负数。</translation>
    </message>
    <message>
        <source>--title cannot be empty.</source>
        <translation>--title 不能为空。</translation>
    </message>
    <message>
        <source>Added deal #%1</source>
        <translation>已添加商机 #%1</translation>
    </message>
    <message>
        <source>Moves a deal to a stage, or closes it as won or lost, and records the change in its stage history.</source>
        <translation>将商机移到某阶段，或以赢单/输单结束，并记入阶段历史。</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>商机编号。</translation>
    </message>
    <message>
        <source>A stage, or won, or lost.</source>
        <translation>某个阶段，或 won、lost。</translation>
    </message>
    <message>
        <source>Why it was lost: a reason from the book&apos;s list, or free text.</source>
        <translation>输单原因：账簿原因列表中的一项，或自由文本。</translation>
    </message>
    <message>
        <source>When it happened (back-entering history).</source>
        <translation>发生时间（补录历史）。</translation>
    </message>
    <message>
        <source>deals move needs --id N and --stage S.</source>
        <translation>deals move 需要 --id N 和 --stage S。</translation>
    </message>
    <message>
        <source>there is no stage “%1”; use won, lost or one of: %2.</source>
        <translation>没有阶段“%1”；请使用 won、lost 或以下之一：%2。</translation>
    </message>
    <message>
        <source>Moved deal #%1</source>
        <translation>已移动商机 #%1</translation>
    </message>
    <message>
        <source>Writes a realistic demo company. The same options always write the same content.</source>
        <translation>生成逼真的演示公司。相同的选项总是生成相同的内容。</translation>
    </message>
    <message>
        <source>The new data file.</source>
        <translation>新的数据文件。</translation>
    </message>
    <message>
        <source>Number of deals (default 1000).</source>
        <translation>商机数量（默认 1000）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Years of history (default 3).</source>
        <translation>历史年数（默认 3）。</translation>
    </message>
    <message>
        <source>The demo&apos;s today (default: today).</source>
        <translation>演示数据的“今天”（默认：今天）。</translation>
    </message>
    <message>
        <source>Currency code (default CNY).</source>
        <translation>货币代码（默认 CNY）。</translation>
    </message>
    <message>
        <source>Names in the data: en or zh_CN (default en).</source>
        <translation>数据中名称的语言：en 或 zh_CN（默认 en）。</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo 需要 --out 文件。</translation>
    </message>
    <message>
        <source>--deals, --seed and --years take whole numbers.</source>
        <translation>--deals、--seed 和 --years 需要整数。</translation>
    </message>
    <message>
        <source>--language is en or zh_CN, not “%1”.</source>
        <translation>--language 应为 en 或 zh_CN，而不是“%1”。</translation>
    </message>
    <message>
        <source>demo: %1 of %2 deals</source>
        <translation>demo：%1 / %2 个商机</translation>
    </message>
    <message>
        <source>Wrote %1: %2 deals, %3 customers, %4 reps, %5 activities in %6 s</source>
        <translation>已写入 %1：%2 个商机、%3 个客户、%4 名销售人员、%5 项销售活动，用时 %6 秒</translation>
    </message>
    <message>
        <source>Stage-to-stage conversion and average days in each stage of the deals created in a date range, and the bottleneck stage.</source>
        <translation>某日期范围内创建的商机的阶段转化率、各阶段平均停留天数及瓶颈阶段。</translation>
    </message>
    <message>
        <source>First creation date (inclusive).</source>
        <translation>创建日期起（含）。</translation>
    </message>
    <message>
        <source>Last creation date (inclusive).</source>
        <translation>创建日期止（含）。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>avg days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>%1 deals, %2 won, %3 lost, win rate %4 %, bottleneck: %5</source>
        <translation>%1 个商机，赢单 %2，输单 %3，赢单率 %4 %，瓶颈：%5</translation>
    </message>
    <message>
        <source>Creates an empty company data file (never overwrites one).</source>
        <translation>创建空白公司数据文件（绝不覆盖已有文件）。</translation>
    </message>
    <message>
        <source>The new data file (.salesdesk).</source>
        <translation>新的数据文件（.salesdesk）。</translation>
    </message>
    <message>
        <source>The company&apos;s name.</source>
        <translation>公司名称。</translation>
    </message>
    <message>
        <source>ISO 4217 code of the book&apos;s currency (default: the system&apos;s).</source>
        <translation>账簿货币的 ISO 4217 代码（默认：系统货币）。</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new 需要且仅需要一个文件。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation>输出一个 JSON 文档而不是表格。</translation>
    </message>
    <message>
        <source>Run “salesdesk %1 --help” for the options.</source>
        <translation>运行“salesdesk %1 --help”查看选项。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1“%2”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date or time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.</source>
        <translation>--%1“%2”不是日期或时间；请写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SS。</translation>
    </message>
    <message>
        <source>Sales targets (targets add|split|adjust|list|progress)</source>
        <translation>销售目标（targets add|split|adjust|list|progress）</translation>
    </message>
    <message>
        <source>“%1” is not a rate; write 0.25 or 25%.</source>
        <translation>“%1”不是比率；请写成 0.25 或 25%。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>There is no sales rep “%1”.</source>
        <translation>没有销售人员“%1”。</translation>
    </message>
    <message>
        <source>--scope is company, rep:NAME, team:NAME or product:NAME, not “%1”.</source>
        <translation>--scope 应为 company、rep:姓名、team:团队 或 product:产品，而不是“%1”。</translation>
    </message>
    <message>
        <source>Adds a sales target.</source>
        <translation>添加销售目标。</translation>
    </message>
    <message>
        <source>revenue, won_deals, new_customers, activities, avg_deal, win_rate or manual.</source>
        <translation>revenue、won_deals、new_customers、activities、avg_deal、win_rate 或 manual。</translation>
    </message>
    <message>
        <source>2026, 2026Q3, 2026-07 or 2026-W27.</source>
        <translation>2026、2026Q3、2026-07 或 2026-W27。</translation>
    </message>
    <message>
        <source>The target: an amount for money, a number for counts, 0.25 or 25% for a rate.</source>
        <translation>目标值：金额类填金额，数量类填数字，比率填 0.25 或 25%。</translation>
    </message>
    <message>
        <source>company (default), rep:NAME, team:NAME or product:NAME.</source>
        <translation>company（默认）、rep:姓名、team:团队 或 product:产品。</translation>
    </message>
    <message>
        <source>The target&apos;s name.</source>
        <translation>目标名称。</translation>
    </message>
    <message>
        <source>The strategic objective it serves.</source>
        <translation>所服务的战略目标。</translation>
    </message>
    <message>
        <source>What the target is about.</source>
        <translation>目标的说明。</translation>
    </message>
    <message>
        <source>targets add needs --%1.</source>
        <translation>targets add 需要 --%1。</translation>
    </message>
    <message>
        <source>there is no metric “%1”.</source>
        <translation>没有指标“%1”。</translation>
    </message>
    <message>
        <source>Added target #%1</source>
        <translation>已添加目标 #%1</translation>
    </message>
    <message>
        <source>Splits a target into periods or into reps, teams or products.</source>
        <translation>将目标分解到期间，或分解到销售人员、团队或产品。</translation>
    </message>
    <message>
        <source>The target&apos;s id.</source>
        <translation>目标编号。</translation>
    </message>
    <message>
        <source>quarters, months, weeks, reps, teams or products.</source>
        <translation>quarters、months、weeks、reps、teams 或 products。</translation>
    </message>
    <message>
        <source>even (default), seasonal or weights.</source>
        <translation>even（默认）、seasonal 或 weights。</translation>
    </message>
    <message>
        <source>With --method weights: one weight per part, w1,w2,…</source>
        <translation>配合 --method weights：每部分一个权重，w1,w2,…</translation>
    </message>
    <message>
        <source>Today, for which years of history are complete.</source>
        <translation>“今天”，用于判断哪些历史年份已完整。</translation>
    </message>
    <message>
        <source>targets split needs --id N and --into WHAT.</source>
        <translation>targets split 需要 --id N 和 --into 分解方式。</translation>
    </message>
    <message>
        <source>--into is quarters, months, weeks, reps, teams or products.</source>
        <translation>--into 应为 quarters、months、weeks、reps、teams 或 products。</translation>
    </message>
    <message>
        <source>--method is even, seasonal or weights.</source>
        <translation>--method 应为 even、seasonal 或 weights。</translation>
    </message>
    <message>
        <source>--weights takes numbers separated by commas.</source>
        <translation>--weights 需要以逗号分隔的数字。</translation>
    </message>
    <message>
        <source>Revises a target&apos;s value; the reason is kept in its history.</source>
        <translation>调整目标值；调整原因记入调整记录。</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>新的目标值。</translation>
    </message>
    <message>
        <source>Why it changes.</source>
        <translation>调整原因。</translation>
    </message>
    <message>
        <source>targets adjust needs --id N, --value V and --reason TEXT.</source>
        <translation>targets adjust 需要 --id N、--value V 和 --reason 原因。</translation>
    </message>
    <message>
        <source>Target #%1 is now %2</source>
        <translation>目标 #%1 现为 %2</translation>
    </message>
    <message>
        <source>Lists all targets.</source>
        <translation>列出全部目标。</translation>
    </message>
    <message>
        <source>Progress of the targets of a period, or of all of them.</source>
        <translation>某期间（或全部）目标的进度。</translation>
    </message>
    <message>
        <source>Only the targets of this period.</source>
        <translation>只看此期间的目标。</translation>
    </message>
    <message>
        <source>The date to measure at (default: today).</source>
        <translation>计算进度的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Customer segments: high-value, potential, general</source>
        <translation>客户分类：高价值、潜力、一般</translation>
    </message>
    <message>
        <source>Computes every customer&apos;s segment (high-value, potential, general) and records the changes.</source>
        <translation>计算每位客户的分类（高价值、潜力、一般）并记录变化。</translation>
    </message>
    <message>
        <source>The date to compute at (default: today).</source>
        <translation>计算日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Customers due for a contact (communication plans)</source>
        <translation>到期需跟进的客户（沟通计划）</translation>
    </message>
    <message>
        <source>The date to look at (default: today).</source>
        <translation>查看的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Import customers, contacts, deals or activities from CSV</source>
        <translation>从 CSV 导入客户、联系人、商机或销售活动</translation>
    </message>
    <message>
        <source>Export customers, contacts, deals or activities</source>
        <translation>导出客户、联系人、商机或销售活动</translation>
    </message>
    <message>
        <source>customers, contacts, deals or activities</source>
        <translation>customers（客户）、contacts（联系人）、deals（商机）或 activities（销售活动）</translation>
    </message>
    <message>
        <source>Which program wrote the file: auto, salesdesk, pipedrive, hubspot, zoho, odoo or other.</source>
        <translation>文件由哪个程序导出：auto、salesdesk、pipedrive、hubspot、zoho、odoo 或 other。</translation>
    </message>
    <message>
        <source>auto, utf-8, gb18030 or utf-16.</source>
        <translation>auto、utf-8、gb18030 或 utf-16。</translation>
    </message>
    <message>
        <source>How numeric dates are written when the file does not show it: dmy or mdy.</source>
        <translation>文件本身看不出时，数字日期的写法：dmy（日/月/年）或 mdy（月/日/年）。</translation>
    </message>
    <message>
        <source>What to do with a row that matches a record of the book: skip, update or create.</source>
        <translation>与账簿中已有记录相同的行如何处理：skip（跳过）、update（更新）或 create（新建）。</translation>
    </message>
    <message>
        <source>Check every row and say what would happen; write nothing.</source>
        <translation>检查每一行并说明将会发生什么；不写入任何内容。</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the invalid ones (written to --rejects).</source>
        <translation>导入有效行，跳过无效行（写入 --rejects 指定的文件）。</translation>
    </message>
    <message>
        <source>Where to write the rejected rows with the reason.</source>
        <translation>被拒绝的行及原因写到哪里。</translation>
    </message>
    <message>
        <source>Name what to import and the file: salesdesk import deals FILE.csv</source>
        <translation>请指明导入内容和文件：salesdesk import deals 文件.csv</translation>
    </message>
    <message>
        <source>“%1” cannot be imported; choose customers, contacts, deals or activities.</source>
        <translation>无法导入“%1”；请选择 customers、contacts、deals 或 activities。</translation>
    </message>
    <message>
        <source>Unknown --source “%1”.</source>
        <translation>未知的 --source“%1”。</translation>
    </message>
    <message>
        <source>Unknown --encoding “%1”.</source>
        <translation>未知的 --encoding“%1”。</translation>
    </message>
    <message>
        <source>--dates is dmy or mdy.</source>
        <translation>--dates 只能是 dmy 或 mdy。</translation>
    </message>
    <message>
        <source>--duplicates is skip, update or create.</source>
        <translation>--duplicates 只能是 skip、update 或 create。</translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid.</source>
        <translation>--rejects 需与 --skip-invalid 一起使用。</translation>
    </message>
    <message>
        <source>%1 % of %2 rows</source>
        <translation>%2 行已完成 %1 %</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>%1 rows read (%2, %3): %4 new, %5 updated, %6 skipped, %7 rejected.</source>
        <translation>读取 %1 行（%2，%3）：新建 %4，更新 %5，跳过 %6，拒绝 %7。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rows above, or import the valid ones with --skip-invalid.</source>
        <translation>未写入任何内容：请修正上面的行，或用 --skip-invalid 只导入有效行。</translation>
    </message>
    <message>
        <source>Imported in %1 s.</source>
        <translation>导入用时 %1 秒。</translation>
    </message>
    <message>
        <source>Exports customers, contacts, deals or activities to CSV (UTF-8 with BOM, or GB18030) or XLSX.</source>
        <translation>将客户、联系人、商机或销售活动导出为 CSV（带 BOM 的 UTF-8，或 GB18030）或 XLSX。</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>要写入的文件：.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>For CSV: utf-8 (with BOM, the default) or gb18030.</source>
        <translation>CSV 的编码：utf-8（带 BOM，默认）或 gb18030。</translation>
    </message>
    <message>
        <source>Name what to export: customers, contacts, deals or activities.</source>
        <translation>请指明导出内容：customers、contacts、deals 或 activities。</translation>
    </message>
    <message>
        <source>Name the file to write with --out.</source>
        <translation>请用 --out 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--encoding is utf-8 or gb18030.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>Exchange rates to the home currency (rates set|list)</source>
        <translation>对本位币的汇率（rates set|list）</translation>
    </message>
    <message>
        <source>The book&apos;s settings: thresholds, rules, cadences</source>
        <translation>账簿设置：阈值、规则、联系频率</translation>
    </message>
    <message>
        <source>The value, e.g. 12000 or 12000.50.</source>
        <translation>金额，例如 12000 或 12000.50。</translation>
    </message>
    <message>
        <source>The deal&apos;s currency (default: the book&apos;s home currency); another one needs an exchange rate in the book (salesdesk rates set).</source>
        <translation>商机的币种（默认：账簿的本位币）；其他币种需要账簿中有汇率（salesdesk rates set）。</translation>
    </message>
    <message>
        <source>Back-dates the deal&apos;s creation, and that of a customer or owner it brings in (entering history).</source>
        <translation>把商机的创建时间设为过去的日期，随之新建的客户或负责人也用该日期（补录历史）。</translation>
    </message>
    <message>
        <source>--currency “%1” is not a currency code (three letters such as USD).</source>
        <translation>--currency “%1”不是货币代码（三个字母，如 USD）。</translation>
    </message>
    <message>
        <source>The book has no exchange rate for %1; set one first: salesdesk rates set --currency %1 --rate RATE</source>
        <translation>账簿中没有 %1 的汇率；请先设置：salesdesk rates set --currency %1 --rate 汇率</translation>
    </message>
    <message>
        <source>The exchange rate of a currency of the file to the book&apos;s home currency, valid from today, saved with the import: CODE=RATE, e.g. USD=7.10 (repeat for each currency).</source>
        <translation>文件中某币种对账簿本位币的汇率，自今天起生效，随导入一起保存：代码=汇率，例如 USD=7.10（每个币种各写一次）。</translation>
    </message>
    <message>
        <source>--rate is CODE=RATE, e.g. USD=7.10, not “%1”.</source>
        <translation>--rate 的格式是 代码=汇率，例如 USD=7.10，而不是“%1”。</translation>
    </message>
    <message>
        <source>Sets the exchange rate of a currency to the book&apos;s home currency, from a day on: how many units of the home currency one unit is worth.</source>
        <translation>设置某币种对账簿本位币的汇率（自某日起）：一个单位值多少本位币。</translation>
    </message>
    <message>
        <source>The currency, e.g. USD.</source>
        <translation>币种，例如 USD。</translation>
    </message>
    <message>
        <source>Units of the home currency per unit, e.g. 7.10.</source>
        <translation>每单位折合的本位币，例如 7.10。</translation>
    </message>
    <message>
        <source>The first day it is valid (default: today).</source>
        <translation>生效的第一天（默认：今天）。</translation>
    </message>
    <message>
        <source>rates set needs --currency CODE and --rate RATE.</source>
        <translation>rates set 需要 --currency 代码 和 --rate 汇率。</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4</source>
        <translation>自 %4 起 1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Lists the book&apos;s exchange rates to its home currency.</source>
        <translation>列出账簿对本位币的汇率。</translation>
    </message>
    <message>
        <source>No exchange rates: every deal is in %1.</source>
        <translation>没有汇率：所有商机都以 %1 计价。</translation>
    </message>
    <message>
        <source>Customers due for a contact under the communication plans (overdue, due today, later this week: the Follow-ups list of the app), and key dates coming up.</source>
        <translation>按沟通计划应联系的客户（已逾期、今天到期、本周稍后到期：即应用中的“跟进”列表），以及即将到来的重要日期。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>later this week</source>
        <translation>本周稍后</translation>
    </message>
    <message>
        <source>Lists the book&apos;s settings (everything Preferences shows that changes a figure), or changes them with --set. The book keeps them, so every computer and the command line agree.</source>
        <translation>列出账簿的设置（首选项中所有影响数字的设置），或用 --set 修改。设置保存在账簿中，所以每台电脑和命令行都一致。</translation>
    </message>
    <message>
        <source>Changes a setting, e.g. targets.on_track_percent=90 (repeatable; all or nothing).</source>
        <translation>修改一项设置，例如 targets.on_track_percent=90（可重复；全部生效或全部不生效）。</translation>
    </message>
    <message>
        <source>--set is KEY=VALUE, not “%1”.</source>
        <translation>--set 的格式是 键=值，而不是“%1”。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何修改。</translation>
    </message>
    <message>
        <source>Give the rates with the import (--rate %1=RATE) or set them first (salesdesk rates set).</source>
        <translation>请随导入给出汇率（--rate %1=汇率），或先设置汇率（salesdesk rates set）。</translation>
    </message>
    <message>
        <source>If the book&apos;s figures are all in %1, make it the home currency instead: salesdesk settings --db FILE --set company.currency=%1</source>
        <translation>如果账簿的金额都以 %1 计价，也可以改用它作为本位币：salesdesk settings --db 文件 --set company.currency=%1</translation>
    </message>
    <message>
        <source>unknown command “%1”; did you mean “%2”?</source>
        <translation>未知命令“%1”；您是想输入“%2”吗？</translation>
    </message>
    <message>
        <source>salesdesk: there is no file “%1”. Create a company with “salesdesk new FILE”, or start SalesDesk without a file.</source>
        <translation>salesdesk：文件“%1”不存在。请用“salesdesk new 文件”创建公司，或不带文件启动 SalesDesk。</translation>
    </message>
    <message>
        <source>salesdesk: there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands work without one: “salesdesk --help” lists them.</source>
        <translation>salesdesk：没有可以显示窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。命令行命令无需显示器即可使用：“salesdesk --help”列出了这些命令。</translation>
    </message>
    <message>
        <source>Replace --out when it exists.</source>
        <translation>--out 指定的文件已存在时将其替换。</translation>
    </message>
    <message>
        <source>“%1” exists; add --force to replace it.</source>
        <translation>“%1”已存在；加上 --force 可替换它。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>List deals, all or by stage or status</source>
        <translation>列出商机：全部，或按阶段、状态筛选</translation>
    </message>
    <message>
        <source>Add a deal</source>
        <translation>添加商机</translation>
    </message>
    <message>
        <source>Move a deal to a stage, won or lost</source>
        <translation>将商机移到某个阶段，或标记为赢单、输单</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>每单位折合 %1</translation>
    </message>
    <message>
        <source>Set a currency&apos;s rate from a day on</source>
        <translation>设置某币种自某日起的汇率</translation>
    </message>
    <message>
        <source>List the exchange rates</source>
        <translation>列出汇率</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>won in the window</source>
        <translation>回溯期内赢单金额</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>when</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>key date</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>Nobody is due for a contact by %1.</source>
        <translation>截至 %1 没有需要联系的客户。</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>for</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>done</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Set a target for a period and scope</source>
        <translation>为某个期间和对象设定目标</translation>
    </message>
    <message>
        <source>Split a target into quarters, months, weeks or reps</source>
        <translation>将目标分解为季度、月、周或销售代表</translation>
    </message>
    <message>
        <source>Change a target&apos;s value, with a reason kept</source>
        <translation>调整目标值，并保留调整原因</translation>
    </message>
    <message>
        <source>List the targets</source>
        <translation>列出目标</translation>
    </message>
    <message>
        <source>Actual, expected and status of each target</source>
        <translation>每个目标的实际值、应完成值和状态</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Usage: salesdesk %1 SUB-COMMAND [OPTIONS]

Sub-commands:
%2
Run “salesdesk %1 SUB-COMMAND --help” for a sub-command&apos;s options.</source>
        <translation>用法：salesdesk %1 子命令 [选项]

子命令：
%2
运行“salesdesk %1 子命令 --help”查看子命令的选项。</translation>
    </message>
    <message>
        <source>salesdesk: %1 needs a sub-command:
%2</source>
        <translation>salesdesk：%1 需要一个子命令：
%2</translation>
    </message>
    <message>
        <source>unknown sub-command “%1 %2”; run “salesdesk %1 --help”.</source>
        <translation>未知子命令“%1 %2”；请运行“salesdesk %1 --help”。</translation>
    </message>
    <message>
        <source>unknown sub-command “%1 %2”; did you mean “%1 %3”?</source>
        <translation>未知子命令“%1 %2”；您是想输入“%1 %3”吗？</translation>
    </message>
    <message>
        <source>Spread the change over its parts (locked parts and parts that have ended stay).</source>
        <translation>将变动分摊到各部分（已锁定和已结束的部分保持不变）。</translation>
    </message>
    <message>
        <source>For a part: let the other parts absorb the change (locked parts and parts that have ended stay).</source>
        <translation>针对某一部分：由其他部分吸收变动（已锁定和已结束的部分保持不变）。</translation>
    </message>
    <message>
        <source>The day that decides which parts have ended (default: today).</source>
        <translation>用于判断哪些部分已结束的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Activities and key dates as an iCalendar file</source>
        <translation>将活动和关键日期导出为 iCalendar 日历文件</translation>
    </message>
    <message>
        <source>Writes the open activities due in a range of days, and the customers&apos; key dates falling in it, as an iCalendar file that Outlook, Thunderbird or a phone imports. Importing a newer file updates the events it imported before.</source>
        <translation>把某段日期内到期的未完成活动，以及落在其中的客户关键日期，写成 Outlook、Thunderbird 或手机可导入的 iCalendar 文件。导入较新的文件会更新之前导入的事件。</translation>
    </message>
    <message>
        <source>The file to write (.ics).</source>
        <translation>要写入的文件（.ics）。</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>第一天（默认：今天）。</translation>
    </message>
    <message>
        <source>The last day (default: a year after the first, less a day).</source>
        <translation>最后一天（默认：第一天起一年，减一天）。</translation>
    </message>
    <message>
        <source>calendar needs --out FILE.ics.</source>
        <translation>calendar 需要 --out FILE.ics。</translation>
    </message>
    <message>
        <source>calendar writes iCalendar files: name the file “….ics”.</source>
        <translation>calendar 写出 iCalendar 文件：请将文件命名为“….ics”。</translation>
    </message>
    <message>
        <source>--to must be on or after --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 to %3): %4 activities, %5 key dates.</source>
        <translation>已写入 %1（%2 至 %3）：%4 个活动，%5 个关键日期。</translation>
    </message>
    <message>
        <source>“%1” is not a period; write 2026, 2026Q3, 2026-07, 2026-W27, or FY2026 and FY2026Q3 for the company&apos;s own year.</source>
        <translation>“%1”不是期间；请写 2026、2026Q3、2026-07、2026-W27，或用 FY2026、FY2026Q3 表示公司自己的年度。</translation>
    </message>
    <message>
        <source>Customers: list, archive, restore</source>
        <translation>客户：列出、归档、恢复</translation>
    </message>
    <message>
        <source>Lists the book&apos;s customers; archived ones only with --archived.</source>
        <translation>列出账簿中的客户；加 --archived 时也列出已归档的客户。</translation>
    </message>
    <message>
        <source>List the archived customers too.</source>
        <translation>同时列出已归档的客户。</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Archives customers: out of the lists, follow-ups, calendar and reminders; still in every figure.</source>
        <translation>归档客户：不再出现在列表、待跟进、日历和提醒中；仍计入所有数据。</translation>
    </message>
    <message>
        <source>Brings archived customers back.</source>
        <translation>恢复已归档的客户。</translation>
    </message>
    <message>
        <source>The customers&apos; ids (salesdesk customers list).</source>
        <translation>客户编号（见 salesdesk customers list）。</translation>
    </message>
    <message>
        <source>%1 needs the ids of the customers.</source>
        <translation>%1 需要客户编号。</translation>
    </message>
    <message>
        <source>“%1” is not a customer id.</source>
        <translation>“%1”不是客户编号。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>已归档 %1</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>List the customers</source>
        <translation>列出客户</translation>
    </message>
    <message>
        <source>Archive customers</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Bring archived customers back</source>
        <translation>恢复已归档的客户</translation>
    </message>
    <message>
        <source>Every figure of a period, with a comparison</source>
        <translation>某期间的所有绩效指标，并可与其他期间对比</translation>
    </message>
    <message>
        <source>Every figure of a period from the KPI engine (the one the dashboard and the quarterly report read), with a period to compare with.</source>
        <translation>来自绩效指标引擎（总览和季度报告读取的同一来源）的某期间所有数字，并可与另一期间对比。</translation>
    </message>
    <message>
        <source>2026, 2026Q3, 2026-07, 2026-W27 or FY2026Q3.</source>
        <translation>2026、2026Q3、2026-07、2026-W27 或 FY2026Q3。</translation>
    </message>
    <message>
        <source>previous or last-year.</source>
        <translation>previous（上一期）或 last-year（去年同期）。</translation>
    </message>
    <message>
        <source>The day to count to (default: today).</source>
        <translation>统计截至的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>kpi needs --period.</source>
        <translation>kpi 需要 --period。</translation>
    </message>
    <message>
        <source>--compare is previous or last-year, not “%1”.</source>
        <translation>--compare 应为 previous 或 last-year，而不是“%1”。</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>lost deals</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>average deal</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <source>sales cycle (days)</source>
        <translation>销售周期（天）</translation>
    </message>
    <message>
        <source>new deals</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>open pipeline</source>
        <translation>进行中的商机金额</translation>
    </message>
    <message>
        <source>weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>activities done</source>
        <translation>已完成活动</translation>
    </message>
    <message>
        <source>overdue activities</source>
        <translation>逾期活动</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>满意度 CSAT（1–5）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>revenue target</source>
        <translation>销售额目标</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>The quarterly report as PDF or Excel</source>
        <translation>季度销售报告（PDF 或 Excel）</translation>
    </message>
    <message>
        <source>The quarterly report, as a PDF or an Excel workbook, with the figures of the KPI engine (the same as salesdesk kpi and the dashboard).</source>
        <translation>季度销售报告，输出为 PDF 或 Excel 工作簿，数字来自绩效指标引擎（与 salesdesk kpi 和总览一致）。</translation>
    </message>
    <message>
        <source>The quarter (2026Q3, FY2026Q3); default: the last one finished.</source>
        <translation>季度（2026Q3、FY2026Q3）；默认：最近结束的季度。</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .xlsx.</source>
        <translation>要写入的文件：.pdf 或 .xlsx。</translation>
    </message>
    <message>
        <source>en or zh_CN (default: the command line&apos;s).</source>
        <translation>en 或 zh_CN（默认：命令行的语言）。</translation>
    </message>
    <message>
        <source>Which sections, comma-separated (default: all): %1.</source>
        <translation>包含哪些章节，以逗号分隔（默认：全部）：%1。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.xlsx.</source>
        <translation>report 需要 --out 文件.pdf 或 --out 文件.xlsx。</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .xlsx, not “%1”.</source>
        <translation>报告只能写成 .pdf 或 .xlsx，不能是“%1”。</translation>
    </message>
    <message>
        <source>The report is a quarter&apos;s: --period 2026Q3, not “%1”.</source>
        <translation>报告按季度生成：--period 2026Q3，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no report section %1; the sections are %2.</source>
        <translation>没有报告章节 %1；可用的章节为 %2。</translation>
    </message>
    <message>
        <source>Figures: section %1 of %2</source>
        <translation>计算数字：第 %1 / %2 节</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>List, add, move, split and reverse deals (deals list|add|move|split|reverse)</source>
        <translation>列出、添加、移动、分配业绩与撤销商机（deals list|add|move|split|reverse）</translation>
    </message>
    <message>
        <source>The sales team: hand a rep&apos;s work over (team reassign)</source>
        <translation>销售团队：移交销售人员的工作（team reassign）</translation>
    </message>
    <message>
        <source>Training programs and their effect (training add|enroll|effect|list)</source>
        <translation>培训计划及其效果（training add|enroll|effect|list）</translation>
    </message>
    <message>
        <source>Incentive plans and commission statements (commission plans add|list; commission --period P [--settle])</source>
        <translation>提成方案与提成明细（commission plans add|list；commission --period P [--settle]）</translation>
    </message>
    <message>
        <source>--id is the number of a deal.</source>
        <translation>--id 是商机的编号。</translation>
    </message>
    <message>
        <source>Reverses a won deal (cancelled or refunded): it is lost from that day, and commission paid on it within the plan&apos;s clawback window is taken back in the period of the reversal. Settled statements never change.</source>
        <translation>撤销一笔赢单（取消或退款）：自该日起记为输单；在方案的追回期内已发放的提成，在撤销所在期间追回。已结算的提成明细永不改变。</translation>
    </message>
    <message>
        <source>The deal.</source>
        <translation>商机。</translation>
    </message>
    <message>
        <source>The day it was reversed (default: today).</source>
        <translation>撤销的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Why (cancelled, refunded…).</source>
        <translation>原因（取消、退款……）。</translation>
    </message>
    <message>
        <source>deals reverse needs --id and --reason.</source>
        <translation>deals reverse 需要 --id 和 --reason。</translation>
    </message>
    <message>
        <source>Reversed deal #%1 on %2</source>
        <translation>已于 %2 撤销商机 #%1</translation>
    </message>
    <message>
        <source>Splits the credit for a deal among reps; the shares add up to 100 %. Without --rep the owner is credited alone again.</source>
        <translation>在销售人员之间分配一笔商机的业绩；各份额合计 100%。不给 --rep 时，业绩重新全部归负责人。</translation>
    </message>
    <message>
        <source>NAME=SHARE, e.g. &quot;Li Wei=60%&quot; (repeat it).</source>
        <translation>姓名=份额，例如 &quot;李伟=60%&quot;（可重复）。</translation>
    </message>
    <message>
        <source>deals split needs --id.</source>
        <translation>deals split 需要 --id。</translation>
    </message>
    <message>
        <source>--rep is NAME=SHARE, e.g. &quot;Li Wei=60%&quot;, not “%1”.</source>
        <translation>--rep 的格式是 姓名=份额，例如 &quot;李伟=60%&quot;，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no sales rep called “%1”.</source>
        <translation>没有名为“%1”的销售人员。</translation>
    </message>
    <message>
        <source>Split deal #%1 among %2 reps</source>
        <translation>已将商机 #%1 的业绩分配给 %2 名销售人员</translation>
    </message>
    <message>
        <source>Split a deal&apos;s credit among reps</source>
        <translation>在销售人员之间分配商机业绩</translation>
    </message>
    <message>
        <source>Reverse a won deal (cancelled or refunded)</source>
        <translation>撤销赢单（取消或退款）</translation>
    </message>
    <message>
        <source>Adds an incentive plan: a rate table of attainment tiers paid in one of three modes, for some reps or all.</source>
        <translation>添加提成方案：按达成率分阶梯的提成比例表，以三种方式之一计发，适用于部分或全部销售人员。</translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation>方案名称。</translation>
    </message>
    <message>
        <source>Attainment-from:rate, e.g. &quot;0:5%,100%:8%,120%:10%&quot;; the first tier starts at 0.</source>
        <translation>起始达成率:提成比例，例如 &quot;0:5%,100%:8%,120%:10%&quot;；第一档从 0 开始。</translation>
    </message>
    <message>
        <source>marginal, flat or retroactive (default marginal).</source>
        <translation>marginal（分段累进）、flat（全额）或 retroactive（追溯补差），默认 marginal。</translation>
    </message>
    <message>
        <source>A fixed quota per period (default: each rep&apos;s revenue target of the period).</source>
        <translation>每期固定的销售定额（默认：每名销售人员该期的销售额目标）。</translation>
    </message>
    <message>
        <source>The most a period pays, before clawbacks.</source>
        <translation>每期最多发放的金额（追回之前）。</translation>
    </message>
    <message>
        <source>Days after the win within which a reversal takes the commission back (default 90).</source>
        <translation>赢单后多少天内撤销会追回提成（默认 90）。</translation>
    </message>
    <message>
        <source>A bonus paid on reaching --bonus-at.</source>
        <translation>达到 --bonus-at 时发放的奖金。</translation>
    </message>
    <message>
        <source>The attainment that earns the bonus (e.g. 100%).</source>
        <translation>获得奖金所需的达成率（例如 100%）。</translation>
    </message>
    <message>
        <source>PRODUCT=AMOUNT paid per won deal of a product (repeat it).</source>
        <translation>产品=金额：该产品每笔赢单发放的专项奖励（可重复）。</translation>
    </message>
    <message>
        <source>The reps it pays, by name, comma-separated.</source>
        <translation>适用的销售人员姓名，以逗号分隔。</translation>
    </message>
    <message>
        <source>It pays every active rep.</source>
        <translation>适用于所有在职销售人员。</translation>
    </message>
    <message>
        <source>commission plans add needs --name and --tiers.</source>
        <translation>commission plans add 需要 --name 和 --tiers。</translation>
    </message>
    <message>
        <source>--mode is marginal, flat or retroactive, not “%1”.</source>
        <translation>--mode 是 marginal、flat 或 retroactive，而不是“%1”。</translation>
    </message>
    <message>
        <source>--clawback-days is a number of days.</source>
        <translation>--clawback-days 是天数。</translation>
    </message>
    <message>
        <source>--bonus needs --bonus-at, the attainment that earns it (e.g. 100%).</source>
        <translation>--bonus 需要 --bonus-at，即获得奖金所需的达成率（例如 100%）。</translation>
    </message>
    <message>
        <source>--spiff is PRODUCT=AMOUNT, not “%1”.</source>
        <translation>--spiff 的格式是 产品=金额，而不是“%1”。</translation>
    </message>
    <message>
        <source>Added plan #%1 (%2 reps)</source>
        <translation>已添加方案 #%1（%2 名销售人员）</translation>
    </message>
    <message>
        <source>Lists the incentive plans.</source>
        <translation>列出提成方案。</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>计发方式</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>No incentive plans yet (commission plans add).</source>
        <translation>还没有提成方案（commission plans add）。</translation>
    </message>
    <message>
        <source>Commission statements of a period: a preview any time, settled (stored as paid, never computed again) with --settle once the period is over.</source>
        <translation>某期的提成明细：随时可预览；期末后用 --settle 结算（按发放时保存，不再重算）。</translation>
    </message>
    <message>
        <source>2026Q1, 2026-03, 2026…</source>
        <translation>2026Q1、2026-03、2026……</translation>
    </message>
    <message>
        <source>Only this rep&apos;s statement.</source>
        <translation>只看这名销售人员的明细。</translation>
    </message>
    <message>
        <source>Settle the period&apos;s statements not yet settled.</source>
        <translation>结算该期尚未结算的提成明细。</translation>
    </message>
    <message>
        <source>commission needs --period (or: commission plans add|list).</source>
        <translation>commission 需要 --period（或：commission plans add|list）。</translation>
    </message>
    <message>
        <source>No sales rep is on a commission plan (commission plans add).</source>
        <translation>没有销售人员适用提成方案（commission plans add）。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (v%4) · %5</source>
        <translation>%1 · %2 · %3（第 %4 版）· %5</translation>
    </message>
    <message>
        <source>settled %1</source>
        <translation>已结算 %1</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>quota %1 · credited %2 · attainment %3</source>
        <translation>定额 %1 · 计入业绩 %2 · 达成率 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>line</source>
        <translation>明细项</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>成交日</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>计入业绩</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>payout</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Adds a training program.</source>
        <translation>添加培训计划。</translation>
    </message>
    <message>
        <source>product, skills, communication or other.</source>
        <translation>product（产品知识）、skills（销售技巧）、communication（沟通）或 other（其他）。</translation>
    </message>
    <message>
        <source>What it is called (default: its topic).</source>
        <translation>名称（默认：主题）。</translation>
    </message>
    <message>
        <source>Its first day.</source>
        <translation>第一天。</translation>
    </message>
    <message>
        <source>Its last day (default: the first).</source>
        <translation>最后一天（默认：与第一天相同）。</translation>
    </message>
    <message>
        <source>Hours of training.</source>
        <translation>培训学时。</translation>
    </message>
    <message>
        <source>What it cost.</source>
        <translation>费用。</translation>
    </message>
    <message>
        <source>Who taught it.</source>
        <translation>讲师。</translation>
    </message>
    <message>
        <source>training add needs --topic and --start.</source>
        <translation>training add 需要 --topic 和 --start。</translation>
    </message>
    <message>
        <source>--topic is product, skills, communication or other, not “%1”.</source>
        <translation>--topic 是 product、skills、communication 或 other，而不是“%1”。</translation>
    </message>
    <message>
        <source>--hours is a number, e.g. 6 or 1.5.</source>
        <translation>--hours 是数字，例如 6 或 1.5。</translation>
    </message>
    <message>
        <source>Added training program #%1</source>
        <translation>已添加培训计划 #%1</translation>
    </message>
    <message>
        <source>--id is the number of a training program.</source>
        <translation>--id 是培训计划的编号。</translation>
    </message>
    <message>
        <source>Enrolls a rep in a training program, with their attendance and assessment score.</source>
        <translation>为培训计划登记一名销售人员，附出勤与考核成绩。</translation>
    </message>
    <message>
        <source>The program.</source>
        <translation>培训计划。</translation>
    </message>
    <message>
        <source>The rep.</source>
        <translation>销售人员。</translation>
    </message>
    <message>
        <source>Their assessment score, 0 to 100.</source>
        <translation>考核成绩，0 到 100。</translation>
    </message>
    <message>
        <source>Enrolled but did not attend.</source>
        <translation>已报名但未参加。</translation>
    </message>
    <message>
        <source>training enroll needs --id and --rep.</source>
        <translation>training enroll 需要 --id 和 --rep。</translation>
    </message>
    <message>
        <source>--score is a number from 0 to 100.</source>
        <translation>--score 是 0 到 100 的数字。</translation>
    </message>
    <message>
        <source>Enrolled %1 in program #%2</source>
        <translation>已为培训计划 #%2 登记 %1</translation>
    </message>
    <message>
        <source>Before and after a training program: the days before it started against the days after it ended, for each attendee, for them together and for the reps who did not attend. A comparison, not a proof of cause.</source>
        <translation>培训前后对比：开始前若干天与结束后若干天，按每位参训人员、参训人员整体，以及未参训的销售人员分别统计。这是对比，不是因果证明。</translation>
    </message>
    <message>
        <source>Days of each window (default 90).</source>
        <translation>每个对比窗口的天数（默认 90）。</translation>
    </message>
    <message>
        <source>training effect needs --id.</source>
        <translation>training effect 需要 --id。</translation>
    </message>
    <message>
        <source>--days is a number of days.</source>
        <translation>--days 是天数。</translation>
    </message>
    <message>
        <source>who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>win rate before</source>
        <translation>培训前赢单率</translation>
    </message>
    <message>
        <source>after</source>
        <translation>培训后</translation>
    </message>
    <message>
        <source>revenue before</source>
        <translation>培训前销售额</translation>
    </message>
    <message>
        <source>activities/week before</source>
        <translation>培训前每周活动</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>the others</source>
        <translation>其他人员</translation>
    </message>
    <message>
        <source>Before %1 to %2, after %3 to %4%5</source>
        <translation>培训前 %1 至 %2，培训后 %3 至 %4%5</translation>
    </message>
    <message>
        <source> (still running)</source>
        <translation>（尚未结束）</translation>
    </message>
    <message>
        <source>* fewer than 5 closed deals: too few to tell.</source>
        <translation>* 成交（赢单加输单）少于 5 笔：样本太少，无法判断。</translation>
    </message>
    <message>
        <source>Lists the training programs, newest first.</source>
        <translation>列出培训计划，最新的在前。</translation>
    </message>
    <message>
        <source>program</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>from</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>No training programs yet (training add).</source>
        <translation>还没有培训计划（training add）。</translation>
    </message>
    <message>
        <source>Hands a rep&apos;s open deals, customers and planned activities to another rep, all at once or customer by customer, recorded in each deal&apos;s history.</source>
        <translation>将一名销售人员的进行中商机、负责的客户和计划中的活动移交给其他人员，可整体移交或按客户移交，并记入每笔商机的历史。</translation>
    </message>
    <message>
        <source>The rep whose work is handed over.</source>
        <translation>移交工作的销售人员。</translation>
    </message>
    <message>
        <source>The rep who takes over (the rest, with --customer).</source>
        <translation>接手的销售人员（使用 --customer 时为其余部分）。</translation>
    </message>
    <message>
        <source>CUSTOMER=REP: that customer&apos;s work goes to that rep (repeat it).</source>
        <translation>客户=销售人员：该客户的工作交给该人员（可重复）。</translation>
    </message>
    <message>
        <source>team reassign needs --from and --to (or --customer).</source>
        <translation>team reassign 需要 --from 和 --to（或 --customer）。</translation>
    </message>
    <message>
        <source>--customer is CUSTOMER=REP, not “%1”.</source>
        <translation>--customer 的格式是 客户=销售人员，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no customer called “%1”.</source>
        <translation>没有名为“%1”的客户。</translation>
    </message>
    <message>
        <source>Handed over %1 open deals, %2 customers and %3 planned activities.</source>
        <translation>已移交 %1 笔进行中商机、%2 个客户和 %3 项计划活动。</translation>
    </message>
    <message>
        <source>Add an incentive plan</source>
        <translation>添加提成方案</translation>
    </message>
    <message>
        <source>List the incentive plans</source>
        <translation>列出提成方案</translation>
    </message>
    <message>
        <source>Add a training program</source>
        <translation>添加培训计划</translation>
    </message>
    <message>
        <source>Enroll a rep in a program</source>
        <translation>为培训计划登记销售人员</translation>
    </message>
    <message>
        <source>Before and after a program, attendees and the others</source>
        <translation>培训前后对比：参训人员与其他人员</translation>
    </message>
    <message>
        <source>List the training programs</source>
        <translation>列出培训计划</translation>
    </message>
    <message>
        <source>Hand a rep&apos;s work to other reps</source>
        <translation>将销售人员的工作移交给他人</translation>
    </message>
    <message>
        <source>Gives a rep a non-monetary award (recognition).</source>
        <translation>给销售人员颁发非物质奖励（荣誉表彰）。</translation>
    </message>
    <message>
        <source>The award, e.g. &quot;Top seller Q3&quot;.</source>
        <translation>奖项，例如 &quot;第三季度销售冠军&quot;。</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>日期（默认：今天）。</translation>
    </message>
    <message>
        <source>What it is for.</source>
        <translation>表彰理由。</translation>
    </message>
    <message>
        <source>team award needs --rep and --title.</source>
        <translation>team award 需要 --rep 和 --title。</translation>
    </message>
    <message>
        <source>Awarded “%1” to %2</source>
        <translation>已向 %2 颁发“%1”</translation>
    </message>
    <message>
        <source>Shows the career ladder, or sets it with --set, lowest level first.</source>
        <translation>显示职级体系，或用 --set 设置（从低到高）。</translation>
    </message>
    <message>
        <source>The levels: &quot;Junior, Senior:24m:100%, Lead:48m:110%&quot; (a name, then optionally the months of tenure and the average attainment of the last four quarters needed).</source>
        <translation>职级：&quot;初级, 高级:24m:100%, 资深:48m:110%&quot;（名称，然后可选所需的司龄月数和最近四个季度的平均达成率）。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>tenure (months)</source>
        <translation>司龄（月）</translation>
    </message>
    <message>
        <source>No career ladder yet (team ladder --set).</source>
        <translation>还没有职级体系（team ladder --set）。</translation>
    </message>
    <message>
        <source>Moves a rep to a level, recording the day and why.</source>
        <translation>将销售人员调整到某一职级，并记录日期和原因。</translation>
    </message>
    <message>
        <source>The new level.</source>
        <translation>新职级。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <source>team promote needs --rep and --level.</source>
        <translation>team promote 需要 --rep 和 --level。</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现在是 %2</translation>
    </message>
    <message>
        <source>A rep&apos;s record against the career ladder: level, tenure, attainment of the last four quarters, the next level&apos;s criteria, promotions and awards.</source>
        <translation>销售人员对照职级体系的记录：职级、司龄、最近四个季度的达成率、下一职级的条件、晋升与荣誉。</translation>
    </message>
    <message>
        <source>team career needs --rep.</source>
        <translation>team career 需要 --rep。</translation>
    </message>
    <message>
        <source>Give a rep an award</source>
        <translation>给销售人员颁奖</translation>
    </message>
    <message>
        <source>Show or set the career ladder</source>
        <translation>显示或设置职级体系</translation>
    </message>
    <message>
        <source>Move a rep to a level</source>
        <translation>调整销售人员职级</translation>
    </message>
    <message>
        <source>A rep&apos;s record against the ladder</source>
        <translation>销售人员对照职级体系的记录</translation>
    </message>
    <message>
        <source>TEAM=AMOUNT[@ATTAINMENT]: a team&apos;s bonus pool, paid once the team reaches that attainment of its revenue target (default: always) and split by share of the team&apos;s credited revenue (repeat it).</source>
        <translation>团队=金额[@达成率]：团队奖金池，团队达到其销售额目标的该达成率时发放（默认：总是发放），按各人在团队计入业绩中的占比分配（可重复）。</translation>
    </message>
    <message>
        <source>--pool is TEAM=AMOUNT or TEAM=AMOUNT@100%, not “%1”.</source>
        <translation>--pool 的格式是 团队=金额 或 团队=金额@100%，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no team called “%1”.</source>
        <translation>没有名为“%1”的团队。</translation>
    </message>
    <message>
        <source>Also write the statements, line by line, to FILE.csv or FILE.xlsx.</source>
        <translation>同时将提成明细逐项写入 FILE.csv 或 FILE.xlsx。</translation>
    </message>
    <message>
        <source>--out is a .csv or .xlsx file.</source>
        <translation>--out 必须是 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Statistical forecasts of the book or of a CSV series</source>
        <translation>对账簿或 CSV 序列做统计预测</translation>
    </message>
    <message>
        <source>--method ets:MODEL takes three letters: error A or M, trend N, A or Ad, season N, A or M (e.g. ets:MAdM), not “%1”.</source>
        <translation>--method ets:模型 由三部分组成：误差 A 或 M，趋势 N、A 或 Ad，季节性 N、A 或 M（如 ets:MAdM），而不是“%1”。</translation>
    </message>
    <message>
        <source>--method is one of %1, or ets:MODEL; not “%2”.</source>
        <translation>--method 应为 %1 之一，或 ets:模型；而不是“%2”。</translation>
    </message>
    <message>
        <source>--horizon is a number of periods from 1 to 120.</source>
        <translation>--horizon 是 1 到 120 之间的期数。</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Model: %1, the best backtest MASE of %2</source>
        <translation>模型：%1，在 %2 中回测 MASE 最佳</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>80% 预测区间</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 预测区间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message numerus="yes">
        <source>Backtest (%n origin(s), %1 ahead): MASE %2 (seasonal naive %3), sMAPE %4 %</source>
        <translation>
            <numerusform>回测（%n 个起点，向前 %1 期）：MASE %2（季节性朴素法 %3），sMAPE %4%</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest: too few values to test the method on the series&apos; own history.</source>
        <translation>回测：数据太少，无法用序列自身的历史检验方法。</translation>
    </message>
    <message numerus="yes">
        <source>Forecast of %1 from %n value(s) (%2 to %3)</source>
        <translation>
            <numerusform>%1 的预测，依据 %n 个值（%2 至 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecasts the book&apos;s revenue, won deals or new customers by month or quarter, or any series in a CSV file of period,value rows, with 80 % and 95 % intervals and a backtest.</source>
        <translation>按月或按季度预测账簿的收入、赢单数或新客户数，或预测 CSV 文件中按“期间,数值”排列的任意序列，给出 80% 和 95% 预测区间及回测。</translation>
    </message>
    <message>
        <source>revenue (default), won_deals or new_customers.</source>
        <translation>revenue（默认）、won_deals 或 new_customers。</translation>
    </message>
    <message>
        <source>month (default) or quarter.</source>
        <translation>month（默认）或 quarter。</translation>
    </message>
    <message>
        <source>Periods ahead (default 12).</source>
        <translation>向前预测的期数（默认 12）。</translation>
    </message>
    <message>
        <source>auto (default), naive, snaive, mean, drift, ses, holt, holt-damped, hw-additive, hw-multiplicative, ets, ets:MODEL or theta.</source>
        <translation>auto（默认）、naive、snaive、mean、drift、ses、holt、holt-damped、hw-additive、hw-multiplicative、ets、ets:模型 或 theta。</translation>
    </message>
    <message>
        <source>Forecast this CSV file instead of the book: a header, then rows period,value in time order (YYYY-MM, YYYYQn or YYYY).</source>
        <translation>预测此 CSV 文件而不是账簿：先是表头，然后按时间顺序排列“期间,数值”行（YYYY-MM、YYYYQn 或 YYYY）。</translation>
    </message>
    <message>
        <source>--metric is revenue, won_deals or new_customers, not “%1”.</source>
        <translation>--metric 应为 revenue、won_deals 或 new_customers，而不是“%1”。</translation>
    </message>
    <message>
        <source>--by is month or quarter, not “%1”.</source>
        <translation>--by 应为 month 或 quarter，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 by %2, %3: forecast from %4 (%5 so far), history from %6</source>
        <translation>%1（按%2，%3）：从 %4 起预测（目前 %5），历史自 %6 起</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Competitors and how we fare against them (competitors [add])</source>
        <translation>竞争对手及与其竞争的结果（competitors [add]）</translation>
    </message>
    <message>
        <source>A competitor the deal meets (repeat for more); one the register does not have is added to it.</source>
        <translation>商机遇到的竞争对手（可重复填写多个）；登记册中没有的会自动加入。</translation>
    </message>
    <message>
        <source>Adds a competitor to the register.</source>
        <translation>在竞争对手登记册中新增一家竞争对手。</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>名称。</translation>
    </message>
    <message>
        <source>What it sells.</source>
        <translation>其产品。</translation>
    </message>
    <message>
        <source>Its prices.</source>
        <translation>其价格。</translation>
    </message>
    <message>
        <source>Its market positioning.</source>
        <translation>其市场定位。</translation>
    </message>
    <message>
        <source>Its market strategy.</source>
        <translation>其市场策略。</translation>
    </message>
    <message>
        <source>Its strengths.</source>
        <translation>其优势。</translation>
    </message>
    <message>
        <source>Its weaknesses.</source>
        <translation>其劣势。</translation>
    </message>
    <message>
        <source>low, medium (default) or high.</source>
        <translation>low、medium（默认）或 high。</translation>
    </message>
    <message>
        <source>Anything else.</source>
        <translation>其他说明。</translation>
    </message>
    <message>
        <source>competitors add needs --name.</source>
        <translation>competitors add 需要 --name。</translation>
    </message>
    <message>
        <source>--threat is low, medium or high, not “%1”.</source>
        <translation>--threat 应为 low、medium 或 high，而不是“%1”。</translation>
    </message>
    <message>
        <source>Added competitor #%1, %2</source>
        <translation>已新增竞争对手 #%1：%2</translation>
    </message>
    <message>
        <source>The first day (default: ten years before --to).</source>
        <translation>起始日期（默认：--to 之前十年）。</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>截止日期（默认：今天）。</translation>
    </message>
    <message>
        <source>--from comes after --to.</source>
        <translation>--from 晚于 --to。</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>输掉的金额</translation>
    </message>
    <message>
        <source>--period is a year or a quarter (2026, 2026Q3, FY2026Q3), not “%1”.</source>
        <translation>--period 应为年份或季度（2026、2026Q3、FY2026Q3），而不是“%1”。</translation>
    </message>
    <message>
        <source>Records the size of the market (or of a segment of it) in a year or a quarter, with where the figure comes from; replaces the size recorded for that period and segment.</source>
        <translation>记录某年或某季度的市场规模（或某个细分市场的规模）及数据来源；替换该期间和细分市场已记录的规模。</translation>
    </message>
    <message>
        <source>A year or a quarter.</source>
        <translation>年份或季度。</translation>
    </message>
    <message>
        <source>The market&apos;s size, in the home currency.</source>
        <translation>市场规模，以本位币计。</translation>
    </message>
    <message>
        <source>A segment of the market (our revenue in it is that of the product of the same name).</source>
        <translation>细分市场（我们在其中的收入即同名产品的收入）。</translation>
    </message>
    <message>
        <source>Where the figure comes from.</source>
        <translation>数据来源。</translation>
    </message>
    <message>
        <source>market size needs --period, --value and --source.</source>
        <translation>market size 需要 --period、--value 和 --source。</translation>
    </message>
    <message>
        <source>Recorded the market size of %1: %2</source>
        <translation>已记录 %1 的市场规模：%2</translation>
    </message>
    <message>
        <source>Our share of the market of a year or quarter: our revenue (the KPI engine&apos;s) divided by the recorded market size.</source>
        <translation>某年或某季度我们的市场份额：我们的收入（绩效指标引擎的数字）除以记录的市场规模。</translation>
    </message>
    <message>
        <source>A segment of the market (a product&apos;s name).</source>
        <translation>细分市场（产品名称）。</translation>
    </message>
    <message>
        <source>market share needs --period.</source>
        <translation>market share 需要 --period。</translation>
    </message>
    <message>
        <source>No market size is recorded for %1; record one with “salesdesk market size”.</source>
        <translation>%1 没有记录市场规模；请用“salesdesk market size”记录。</translation>
    </message>
    <message>
        <source>%1: our revenue %2 of a market of %3 (%4): a share of %5 %</source>
        <translation>%1：我们的收入 %2，市场规模 %3（%4）：市场份额 %5%</translation>
    </message>
    <message>
        <source>Record the market&apos;s size in a period</source>
        <translation>记录某期间的市场规模</translation>
    </message>
    <message>
        <source>Our share of the market in a period</source>
        <translation>某期间我们的市场份额</translation>
    </message>
    <message>
        <source>Sets an open deal&apos;s forecast category: how sure its rep is that it closes in its period.</source>
        <translation>设置进行中商机的预测类别：负责的销售人员有多大把握在其期间内成交。</translation>
    </message>
    <message>
        <source>pipeline, best_case, commit or omitted.</source>
        <translation>pipeline、best_case、commit 或 omitted。</translation>
    </message>
    <message>
        <source>deals category needs --id and --set.</source>
        <translation>deals category 需要 --id 和 --set。</translation>
    </message>
    <message>
        <source>--set is pipeline, best_case, commit or omitted, not “%1”.</source>
        <translation>--set 应为 pipeline、best_case、commit 或 omitted，而不是“%1”。</translation>
    </message>
    <message>
        <source>Deal #%1 is closed: only an open deal has a forecast category.</source>
        <translation>商机 #%1 已结束：只有进行中的商机才有预测类别。</translation>
    </message>
    <message>
        <source>Deal #%1 is now in %2.</source>
        <translation>商机 #%1 现在属于“%2”。</translation>
    </message>
    <message>
        <source>Set an open deal&apos;s forecast category</source>
        <translation>设置进行中商机的预测类别</translation>
    </message>
    <message>
        <source>--period is a year, quarter, month or week (2026Q3, 2026-07…), not “%1”.</source>
        <translation>--period 应为年、季度、月或周（2026Q3、2026-07…），而不是“%1”。</translation>
    </message>
    <message>
        <source>The pipeline forecast of a period: won so far, the open deals expected to close in it weighted by stage (configured and learned win rates), the sums of the forecast categories, and the slipped deals.</source>
        <translation>某期间的管道预测：已赢单金额、预计在该期间成交的进行中商机按阶段加权（设定的与从历史学到的赢单率）、各预测类别的合计，以及已延误的商机。</translation>
    </message>
    <message>
        <source>The period (default: the running quarter).</source>
        <translation>期间（默认：当前季度）。</translation>
    </message>
    <message>
        <source>Also keep this week&apos;s forecast of the running quarter (once a week), for the accuracy of the calls later.</source>
        <translation>同时保存本周对当前季度的预测（每周一次），以便日后评估预测准确度。</translation>
    </message>
    <message>
        <source>Pipeline forecast of %1 as of %2</source>
        <translation>%1 的管道预测（截至 %2）</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>历史赢单率</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>已延误</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Won + commit %1 · best case %2 · won + weighted %3%4</source>
        <translation>赢单 + 承诺 %1 · 最佳情况 %2 · 赢单 + 加权 %3%4</translation>
    </message>
    <message>
        <source> · target %1</source>
        <translation> · 目标 %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept this week&apos;s forecast (%n row(s)).</source>
        <translation>
            <numerusform>已保存本周的预测（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>How the weekly calls (won + commit) of a finished period compared with what was won, per rep: mean absolute error and bias.</source>
        <translation>已结束期间每周的预测（赢单 + 承诺）与实际赢单的比较，按销售人员列出：平均绝对误差和偏差。</translation>
    </message>
    <message>
        <source>A finished period.</source>
        <translation>已结束的期间。</translation>
    </message>
    <message>
        <source>forecast accuracy needs --period.</source>
        <translation>forecast accuracy 需要 --period。</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周数</translation>
    </message>
    <message>
        <source>Mean error</source>
        <translation>平均误差</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>How we fare against each competitor: the deals that name them, won, lost, the win rate, the value lost, why, by quarter. Sub-commands: competitors add, competitors share.</source>
        <translation>与每家竞争对手竞争的结果：提到它们的商机、赢单、输单、赢单率、输掉的金额、输单原因，按季度列出。子命令：competitors add、competitors share。</translation>
    </message>
    <message>
        <source>Records a competitor&apos;s estimated share of the market of a year or quarter (replacing the one recorded before).</source>
        <translation>记录某竞争对手在某年或某季度的估计市场份额（替换之前记录的）。</translation>
    </message>
    <message>
        <source>The competitor.</source>
        <translation>竞争对手。</translation>
    </message>
    <message>
        <source>Its share: 12.5% or 0.125.</source>
        <translation>其份额：12.5% 或 0.125。</translation>
    </message>
    <message>
        <source>competitors share needs --name, --period and --share.</source>
        <translation>competitors share 需要 --name、--period 和 --share。</translation>
    </message>
    <message>
        <source>--share is 0 to 100 %, written 12.5% or 0.125, not “%1”.</source>
        <translation>--share 在 0 到 100% 之间，写作 12.5% 或 0.125，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no competitor “%1” in the register.</source>
        <translation>竞争对手登记册中没有“%1”。</translation>
    </message>
    <message>
        <source>Recorded %1&apos;s share of %2: %3 %</source>
        <translation>已记录 %1 在 %2 的市场份额：%3%</translation>
    </message>
    <message>
        <source>the forecast of %1 asks %2 % of it</source>
        <translation>%1 的预测需要其中的 %2 %</translation>
    </message>
    <message>
        <source>Our share of the whole market and the competitors&apos; recorded shares over time, each carried on at its average change per period.</source>
        <translation>我们和竞争对手在整个市场中的份额随时间的变化，每条线按其每期平均变化延伸。</translation>
    </message>
    <message>
        <source>Periods to carry each line on (default 4).</source>
        <translation>每条线向后延伸的周期数（默认 4）。</translation>
    </message>
    <message>
        <source>--horizon is a number of periods from 1 to 12.</source>
        <translation>--horizon 是 1 到 12 之间的周期数。</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我们</translation>
    </message>
    <message>
        <source>No market size is recorded; record one with “salesdesk market size”.</source>
        <translation>尚未记录市场规模；请用“salesdesk market size”记录。</translation>
    </message>
    <message>
        <source>Shares over time, carried on</source>
        <translation>份额走势及延伸</translation>
    </message>
    <message>
        <source>Also the statistical forecast of each revenue, won-deals or new-customers target&apos;s month, quarter or year not yet over, and its gap to the target.</source>
        <translation>同时给出尚未结束的月、季度或年度的收入、赢单数或新客户目标的统计预测，以及与目标的差距。</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>差距</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %1 a rep a period over the last %n period(s) × %2 on staff = %3</source>
        <translation>
            <numerusform>产能：最近 %n 个周期每位销售人员每期完成 %1 × 在职 %2 人 = %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the customers of a segment on the as-of day: high_value, potential or general.</source>
        <translation>只看截至日期时某一客户分类的客户：high_value（高价值）、potential（潜力）或 general（一般）。</translation>
    </message>
    <message>
        <source>--segment is high_value, potential or general, not “%1”.</source>
        <translation>--segment 应为 high_value、potential 或 general，而不是“%1”。</translation>
    </message>
    <message>
        <source>Market size and our share of it (market size|share|trend)</source>
        <translation>市场规模及我们的份额（market size|share|trend）</translation>
    </message>
    <message>
        <source>Performance evaluation: scorecards, grades and ranks (evaluate [rate|reopen|templates])</source>
        <translation>销售绩效评估：评分卡、等级和排名（evaluate [rate|reopen|templates]）</translation>
    </message>
    <message>
        <source>--period is a month, a quarter or a year (2026-07, 2026Q3, 2026), not “%1”.</source>
        <translation>--period 应为月、季度或年（2026-07、2026Q3、2026），而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Scorecards of the reps for a period: the KPIs against their targets and the ratings of the criteria, a score, a grade and a rank.</source>
        <translation>某一期间各销售人员的评分卡：各项绩效指标与目标的对比、各项定性标准的评分，以及得分、等级和排名。</translation>
    </message>
    <message>
        <source>A month, a quarter or a year.</source>
        <translation>月、季度或年。</translation>
    </message>
    <message>
        <source>A template file (JSON) or the name of one of the book&apos;s (default: Sales rep, quarterly).</source>
        <translation>评分卡模板文件（JSON）或账簿中某个模板的名称（默认：销售人员季度考核）。</translation>
    </message>
    <message>
        <source>Only this rep.</source>
        <translation>只看这位销售人员。</translation>
    </message>
    <message>
        <source>Keep the scorecards not yet final as they are now; they never change afterwards.</source>
        <translation>把尚未定稿的评分卡按当前结果定稿；此后不再改变。</translation>
    </message>
    <message>
        <source>evaluate needs --period.</source>
        <translation>evaluate 需要 --period。</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>定量</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>final; the book now gives %1</source>
        <translation>已定稿；账簿现在得出 %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>Rates a rep on a criterion for a period, 1 to 5.</source>
        <translation>为销售人员在某一期间的某项标准评分，1 到 5 分。</translation>
    </message>
    <message>
        <source>The criterion, as the template names it.</source>
        <translation>评分标准，名称与模板中一致。</translation>
    </message>
    <message>
        <source>1 (poor) to 5 (excellent).</source>
        <translation>1（差）到 5（优秀）。</translation>
    </message>
    <message>
        <source>evaluate rate needs --period, --rep, --criterion and --rating.</source>
        <translation>evaluate rate 需要 --period、--rep、--criterion 和 --rating。</translation>
    </message>
    <message>
        <source>--rating is 1 to 5, not “%1”.</source>
        <translation>--rating 应为 1 到 5，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 rated %2 on %3 for %4.</source>
        <translation>%1 在 %4 的“%3”评为 %2 分。</translation>
    </message>
    <message>
        <source>Opens a rep&apos;s finalised evaluation of a period again, saying why (the final one is kept).</source>
        <translation>重新打开某位销售人员某一期间已定稿的考核，并说明原因（原定稿保留）。</translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation>重新打开的原因。</translation>
    </message>
    <message>
        <source>evaluate reopen needs --period, --rep and --reason.</source>
        <translation>evaluate reopen 需要 --period、--rep 和 --reason。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is open again.</source>
        <translation>%1 在 %2 的考核已重新打开。</translation>
    </message>
    <message>
        <source>The book&apos;s scorecard templates; --add saves one from a file (replacing one of its name), --remove takes one away.</source>
        <translation>账簿中的评分卡模板；--add 从文件保存一个（替换同名模板），--remove 删除一个。</translation>
    </message>
    <message>
        <source>A template file (JSON) to save.</source>
        <translation>要保存的模板文件（JSON）。</translation>
    </message>
    <message>
        <source>The name of a template to remove.</source>
        <translation>要删除的模板名称。</translation>
    </message>
    <message>
        <source>%1 — figures %2 % (%3), ratings %4 % (%5)</source>
        <translation>%1 —— 定量 %2 %（%3），定性 %4 %（%5）</translation>
    </message>
    <message>
        <source>Adds an improvement measure: what is done to move a KPI, for a rep, a team or the company.</source>
        <translation>新增一项绩效改进措施：为推动某项绩效指标而做的事，针对某位销售人员、某个团队或整个公司。</translation>
    </message>
    <message>
        <source>What is done.</source>
        <translation>做什么。</translation>
    </message>
    <message>
        <source>The KPI it should move (a scorecard KPI: win_rate…).</source>
        <translation>它要推动的绩效指标（评分卡指标：win_rate……）。</translation>
    </message>
    <message>
        <source>training, incentive, process, coaching or other.</source>
        <translation>training（培训与发展）、incentive（激励机制）、process（工作流程优化）、coaching（辅导）或 other（其他）。</translation>
    </message>
    <message>
        <source>For this rep.</source>
        <translation>针对这位销售人员。</translation>
    </message>
    <message>
        <source>For this team (else the company, without --rep).</source>
        <translation>针对这个团队（不给 --rep 时则为整个公司）。</translation>
    </message>
    <message>
        <source>When it starts.</source>
        <translation>开始日期。</translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation>截止日期。</translation>
    </message>
    <message>
        <source>Who sees it through.</source>
        <translation>负责人。</translation>
    </message>
    <message>
        <source>A training measure&apos;s program (its id).</source>
        <translation>培训措施对应的培训计划（编号）。</translation>
    </message>
    <message>
        <source>planned (default), running, done or dropped.</source>
        <translation>planned（计划中，默认）、running（进行中）、done（已完成）或 dropped（已放弃）。</translation>
    </message>
    <message>
        <source>measures add needs --title, --kpi, --kind, --start and --due.</source>
        <translation>measures add 需要 --title、--kpi、--kind、--start 和 --due。</translation>
    </message>
    <message>
        <source>“%1” is not a scorecard KPI.</source>
        <translation>“%1”不是评分卡的绩效指标。</translation>
    </message>
    <message>
        <source>--kind is training, incentive, process, coaching or other, not “%1”.</source>
        <translation>--kind 应为 training、incentive、process、coaching 或 other，而不是“%1”。</translation>
    </message>
    <message>
        <source>--status is planned, running, done or dropped, not “%1”.</source>
        <translation>--status 应为 planned、running、done 或 dropped，而不是“%1”。</translation>
    </message>
    <message>
        <source>The book has no team called “%1”.</source>
        <translation>账簿中没有名为“%1”的团队。</translation>
    </message>
    <message>
        <source>Added measure #%1, %2</source>
        <translation>已新增措施 #%1：%2</translation>
    </message>
    <message>
        <source>Sets an improvement measure&apos;s status.</source>
        <translation>设置绩效改进措施的状态。</translation>
    </message>
    <message>
        <source>The measure.</source>
        <translation>措施。</translation>
    </message>
    <message>
        <source>planned, running, done or dropped.</source>
        <translation>planned、running、done 或 dropped。</translation>
    </message>
    <message>
        <source>measures status needs --id and --set planned, running, done or dropped.</source>
        <translation>measures status 需要 --id 和 --set planned、running、done 或 dropped。</translation>
    </message>
    <message>
        <source>Measure #%1 is %2.</source>
        <translation>措施 #%1 的状态为%2。</translation>
    </message>
    <message>
        <source>The book has no measure #%1.</source>
        <translation>账簿中没有措施 #%1。</translation>
    </message>
    <message>
        <source>The improvement measures, by due day, with those overdue or due within two weeks marked.</source>
        <translation>按截止日期列出绩效改进措施，并标出已逾期或两周内到期的措施。</translation>
    </message>
    <message>
        <source>The day to look at (default: today).</source>
        <translation>查看的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>整个公司</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>（即将到期）</translation>
    </message>
    <message>
        <source>Improvement measures and their status (measures [list|add|status|effect])</source>
        <translation>绩效改进措施及其状态（measures [list|add|status|effect]）</translation>
    </message>
    <message>
        <source>A measure&apos;s KPI over the days before its start and after its due day, beside the other reps&apos;: a comparison, not a proof.</source>
        <translation>措施开始前和截止后若干天内的绩效指标，与其他销售人员对比：只是比较，不是证明。</translation>
    </message>
    <message>
        <source>Days before and after (default 90).</source>
        <translation>前后各多少天（默认 90）。</translation>
    </message>
    <message>
        <source>measures effect needs --id.</source>
        <translation>measures effect 需要 --id。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n deal(s), %2 to %3)</source>
        <translation>
            <numerusform>%1（%n 个商机，%2 至 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>  before: %1; after: %2</source>
        <translation>  之前：%1；之后：%2</translation>
    </message>
    <message>
        <source>  the other reps: before %1; after %2</source>
        <translation>  其他销售人员：之前 %1；之后 %2</translation>
    </message>
    <message>
        <source>  difference: %1</source>
        <translation>  差异：%1</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Note: SalesDesk was not closed properly the last time this file was open; everything saved before then is in it.</source>
        <translation>注意：上次打开此文件时 SalesDesk 未正常关闭；此前保存的内容都在文件中。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留方式</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>最后编辑</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a data file, even while it is open in the app: to --out FILE, or as the day&apos;s rotating backup in the folder beside it (--auto: one a day for the last %1 days, one a week for %2 weeks before), which --list lists.</source>
        <translation>写出数据文件的一致副本，即使它正在应用中打开：写到 --out FILE，或作为当天的轮换备份写到它旁边的文件夹（--auto：最近 %1 天每天一份，此前 %2 周每周一份），--list 列出这些备份。</translation>
    </message>
    <message>
        <source>Write the day&apos;s rotating backup and remove the ones no longer kept.</source>
        <translation>写出当天的轮换备份，并删除不再保留的备份。</translation>
    </message>
    <message>
        <source>List the rotating backups.</source>
        <translation>列出轮换备份。</translation>
    </message>
    <message>
        <source>The day of the rotating backup (default: today).</source>
        <translation>轮换备份的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>backup needs one of --out FILE, --auto or --list.</source>
        <translation>backup 需要 --out FILE、--auto 或 --list 之一。</translation>
    </message>
    <message>
        <source>The CSV or TSV file, or the workbook.</source>
        <translation>CSV 或 TSV 文件，或工作簿。</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to read, by name or number (default: the first with a header row).</source>
        <translation>要读取的工作表，按名称或序号（默认：第一个有表头行的工作表）。</translation>
    </message>
    <message>
        <source>Imports customers, contacts, deals or activities from a CSV or TSV export of a spreadsheet or another CRM, or from a workbook (Excel .xlsx or .xls, OpenDocument .ods), in one step that writes everything or nothing.</source>
        <translation>从电子表格或其他 CRM 导出的 CSV 或 TSV 文件，或从工作簿（Excel .xlsx 或 .xls、OpenDocument .ods）导入客户、联系人、商机或活动，一步完成：要么全部写入，要么全不写入。</translation>
    </message>
    <message>
        <source>Copy a whole book to a team server (or from one)</source>
        <translation>将整个账簿复制到团队服务器（或从服务器复制）</translation>
    </message>
    <message>
        <source>Copies a whole book, every row of it: a file up to a team server (--to postgresql://user@host/database), or from one server to another. The target is a new file or an empty database; a book already there is replaced only with --replace. To copy a server&apos;s book back to a file, salesdesk backup --db ADDRESS --out FILE does the same.</source>
        <translation>复制整个账簿的每一行：把文件复制到团队服务器（--to postgresql://user@host/database），或从一台服务器复制到另一台。目标须是新文件或空数据库；已有账簿只有加上 --replace 才会被替换。要把服务器上的账簿复制回文件，请用 salesdesk backup --db 地址 --out 文件。</translation>
    </message>
    <message>
        <source>Where to copy it: a new file or a server&apos;s address.</source>
        <translation>复制到哪里：新文件或服务器地址。</translation>
    </message>
    <message>
        <source>Replace the book already on the server at --to.</source>
        <translation>替换 --to 所指服务器上已有的账簿。</translation>
    </message>
    <message>
        <source>copy needs --to TARGET.</source>
        <translation>copy 需要 --to 目标。</translation>
    </message>
    <message>
        <source>“%1” holds a SalesDesk book already; add --replace to replace it with this one.</source>
        <translation>“%1”上已有 SalesDesk 账簿；加上 --replace 即可用此账簿替换它。</translation>
    </message>
    <message>
        <source>Copied %1 of %2 rows…</source>
        <translation>已复制 %1 / %2 行…</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2</source>
        <translation>已复制 %1 行到 %2</translation>
    </message>
    <message>
        <source>The data file, or a team server&apos;s database as postgresql://user@host:5432/database (default: %1).</source>
        <translation>数据文件，或团队服务器上的数据库，形如 postgresql://user@host:5432/database（默认：%1）。</translation>
    </message>
    <message>
        <source>The people of a team book and their roles (users add|list)</source>
        <translation>团队账簿的人员及其角色（users add|list）</translation>
    </message>
    <message>
        <source>Gives someone a place in a book on a team server: a login of the server (made when missing) with the rights of their role, which the server itself enforces — an owner sees and changes everything, a manager the work of their team&apos;s reps, a rep their own deals, customers and activities and, read only, their own targets. Run it as the book&apos;s maker or another user of the server who may make roles.</source>
        <translation>让某人加入团队服务器上的账簿：为其提供服务器登录名（若不存在则创建），并授予其角色的权限，由服务器本身强制执行——所有者可查看和修改一切，经理可查看和修改本团队销售人员的工作，销售人员只能查看和修改自己的商机、客户和活动，并只读查看自己的目标。请以账簿创建者或其他有权创建角色的服务器用户身份运行。</translation>
    </message>
    <message>
        <source>Their login on the server.</source>
        <translation>其在服务器上的登录名。</translation>
    </message>
    <message>
        <source>owner, manager or rep.</source>
        <translation>owner（所有者）、manager（经理）或 rep（销售人员）。</translation>
    </message>
    <message>
        <source>The sales rep of the book they are (a rep&apos;s own work, a manager&apos;s team).</source>
        <translation>其在账簿中对应的销售人员（销售人员看自己的工作，经理看其团队）。</translation>
    </message>
    <message>
        <source>Set their password, read from the first line of the standard input (never from the command line).</source>
        <translation>设置其密码，从标准输入的第一行读取（绝不从命令行读取）。</translation>
    </message>
    <message>
        <source>users add needs --name NAME and --role owner, manager or rep.</source>
        <translation>users add 需要 --name 名称和 --role owner、manager 或 rep。</translation>
    </message>
    <message>
        <source>A manager or a rep needs --rep: the sales rep of the book they are.</source>
        <translation>经理或销售人员需要 --rep：其在账簿中对应的销售人员。</translation>
    </message>
    <message>
        <source>--password reads the password from the standard input, which gave none.</source>
        <translation>--password 从标准输入读取密码，但标准输入未提供。</translation>
    </message>
    <message>
        <source>There is no sales rep “%1” in the book.</source>
        <translation>账簿中没有销售人员“%1”。</translation>
    </message>
    <message>
        <source>%1 has the role “%2” in %3.</source>
        <translation>%1 在 %3 中的角色为“%2”。</translation>
    </message>
    <message>
        <source>Lists the people of a book on a team server.</source>
        <translation>列出团队服务器上账簿的人员。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Nobody has been given a place in this book yet (salesdesk users add).</source>
        <translation>尚未有人加入此账簿（salesdesk users add）。</translation>
    </message>
    <message>
        <source>Give someone a role in a book on a team server</source>
        <translation>为团队服务器账簿中的人员指定角色</translation>
    </message>
    <message>
        <source>List the people of a team book</source>
        <translation>列出团队账簿的人员</translation>
    </message>
    <message>
        <source>A book on a server has no rotating backups beside it: copy it to a file with backup --out FILE, and keep the server&apos;s own backups.</source>
        <translation>团队服务器上的账簿旁边没有轮换备份：请用 backup --out FILE 把它复制成文件，并保留服务器自己的备份。</translation>
    </message>
</context>
<context>
    <name>CommissionText</name>
    <message>
        <source>Marginal (each slice at its tier&apos;s rate)</source>
        <translation>分段累进（每段按所在阶梯比例）</translation>
    </message>
    <message>
        <source>Flat (all at the rate of the tier reached)</source>
        <translation>全额（全部按达到的阶梯比例）</translation>
    </message>
    <message>
        <source>Retroactive (marginal, topped up to flat when settled)</source>
        <translation>追溯补差（期内分段累进，结算时补足到全额）</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>True-up to the rate of the tier reached</source>
        <translation>补差至达到阶梯的比例</translation>
    </message>
    <message>
        <source>SPIFF</source>
        <translation>专项奖励</translation>
    </message>
    <message>
        <source>Bonus for reaching the threshold</source>
        <translation>达标奖金</translation>
    </message>
    <message>
        <source>Share of the team&apos;s bonus pool</source>
        <translation>团队奖金池分成</translation>
    </message>
    <message>
        <source>Cap of the period</source>
        <translation>本期封顶</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>提成追回</translation>
    </message>
    <message>
        <source>“%1” is not a tier: write attainment-from:rate, as in “100%:8%”.</source>
        <translation>“%1”不是阶梯：请写成 起始达成率:提成比例，例如“100%:8%”。</translation>
    </message>
    <message>
        <source>A plan needs at least one tier, as in “0:5%”.</source>
        <translation>方案至少需要一个阶梯，例如“0:5%”。</translation>
    </message>
    <message>
        <source>The first tier must start at 0 % of quota (this table starts at %1): revenue below it would earn nothing by accident.</source>
        <translation>第一档必须从定额的 0% 开始（此表从 %1 开始）：否则低于它的业绩会意外地没有提成。</translation>
    </message>
    <message>
        <source>Two tiers start at %1 of quota; each tier needs its own start.</source>
        <translation>有两个阶梯都从定额的 %1 开始；每个阶梯需要各自的起点。</translation>
    </message>
    <message>
        <source>A rate of %1 is more than the whole revenue.</source>
        <translation>%1 的比例超过了全部业绩。</translation>
    </message>
    <message>
        <source>A cap cannot be negative.</source>
        <translation>封顶金额不能为负。</translation>
    </message>
    <message>
        <source>The clawback window cannot be negative.</source>
        <translation>追回期不能为负。</translation>
    </message>
    <message>
        <source>A bonus cannot be negative.</source>
        <translation>奖金不能为负。</translation>
    </message>
    <message>
        <source>A SPIFF needs a product and an amount above zero.</source>
        <translation>专项奖励需要产品和大于零的金额。</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>The file is not valid UTF-8; try GB18030.</source>
        <translation>文件不是有效的 UTF-8；请尝试 GB18030。</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>This system cannot decode GB18030.</source>
        <translation>本系统无法解码 GB18030。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>文件不是有效的 UTF-16 文本。</translation>
    </message>
    <message>
        <source>Out of memory reading the file.</source>
        <translation>读取文件时内存不足。</translation>
    </message>
    <message>
        <source>Line %1 cannot be read: %2</source>
        <translation>第 %1 行无法读取：%2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件是空的：没有标题行。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3; is the delimiter right?</source>
        <translation>第 %1 行有 %2 个字段，但标题行只有 %3 个；分隔符对吗？</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The record starting on line %1 opens a quote (&quot;) that is never closed.</source>
        <translation>从第 %1 行开始的记录有一个引号（&quot;）没有闭合。</translation>
    </message>
    <message>
        <source>“%1” is not a file but a folder, a pipe or a device.</source>
        <translation>“%1”不是文件，而是文件夹、管道或设备。</translation>
    </message>
</context>
<context>
    <name>CurrencyService</name>
    <message>
        <source>“%1” is not a rate; write it as a positive number such as 7.10.</source>
        <translation>“%1”不是汇率；请写成正数，例如 7.10。</translation>
    </message>
    <message>
        <source>A rate has at most nine decimals, not “%1”.</source>
        <translation>汇率最多九位小数，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>Edit Customer “%1”</source>
        <translation>编辑客户“%1”</translation>
    </message>
    <message>
        <source>New Customer “%1”</source>
        <translation>新建客户“%1”</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>添加客户反馈</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>删除客户反馈</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>编辑客户反馈</translation>
    </message>
    <message>
        <source>Delete Customer “%1”</source>
        <translation>删除客户“%1”</translation>
    </message>
    <message>
        <source>Change Exchange Rates</source>
        <translation>修改汇率</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>Archive Customer “%1”</source>
        <translation>归档客户“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n Customer(s)</source>
        <translation>
            <numerusform>归档 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Customer “%1”</source>
        <translation>恢复客户“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Customer(s)</source>
        <translation>
            <numerusform>恢复 %n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>There is no customer #%1.</source>
        <translation>不存在客户 #%1。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since you opened it, so your change was not saved. Open it again to see theirs, then make yours.</source>
        <translation>“%1”在您打开之后已被 %2 修改，因此您的更改未保存。请重新打开查看对方的更改，再做您的修改。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>There is no customer #%1.</source>
        <translation>不存在客户 #%1。</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
</context>
<context>
    <name>CustomersSection</name>
    <message>
        <source>Customer relationships</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Segments at the quarter&apos;s end</source>
        <translation>季度末的客户分类</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Bought in the look-back window</source>
        <translation>回溯期内购买额</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>各分类客户数</translation>
    </message>
    <message>
        <source>Moves between segments in the quarter</source>
        <translation>本季度客户分类变动</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原分类</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新分类</translation>
    </message>
    <message>
        <source>No customer changed segment in this quarter.</source>
        <translation>本季度没有客户变更分类。</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>No deal was won in this quarter.</source>
        <translation>本季度没有赢单。</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Revenue in the quarter</source>
        <translation>本季度销售额</translation>
    </message>
    <message>
        <source>No customer bought for the first time in this quarter.</source>
        <translation>本季度没有首次购买的客户。</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>No high-value customer has gone quiet.</source>
        <translation>没有沉寂的高价值客户。</translation>
    </message>
    <message>
        <source>Customer satisfaction by month</source>
        <translation>各月客户满意度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>反馈数</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>Overdue follow-ups at the quarter&apos;s end</source>
        <translation>季度末逾期的客户跟进</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应跟进日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Every customer was contacted on time.</source>
        <translation>所有客户都按时跟进了。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were overdue for a contact; the longest overdue:</source>
        <translation>
            <numerusform>%n 位客户逾期未跟进；逾期最久的是：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a SalesDesk data file.</source>
        <translation>“%1”不是 SalesDesk 数据文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件是空的。</translation>
    </message>
    <message>
        <source>It is not a database at all.</source>
        <translation>它根本不是数据库。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is shorter than its own header says, as if it had been cut off while copying. Open a backup copy instead.</source>
        <translation>“%1”已损坏：文件比其文件头所述的短，像是在复制时被截断了。请改为打开备份副本。</translation>
    </message>
    <message>
        <source>It is an SQLite database of another program.</source>
        <translation>它是其他程序的 SQLite 数据库。</translation>
    </message>
    <message>
        <source>It belongs to another program (application id %1).</source>
        <translation>它属于其他程序（应用标识 %1）。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本缺少数据迁移 %1。</translation>
    </message>
    <message>
        <source>Could not update “%1” to version %2: %3</source>
        <translation>无法将“%1”更新到版本 %2：%3</translation>
    </message>
    <message>
        <source>“%1” already exists; SalesDesk will not overwrite it.</source>
        <translation>“%1”已存在；SalesDesk 不会覆盖它。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code (such as CNY, USD or EUR).</source>
        <translation>“%1”不是 ISO 4217 货币代码（如 CNY、USD 或 EUR）。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read. Open a backup copy instead.</source>
        <translation>“%1”已损坏，无法读取。请改为打开备份副本。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer SalesDesk (data version %2; this SalesDesk reads up to version %3). Update SalesDesk to open it.</source>
        <translation>“%1”由更新版本的 SalesDesk 写入（数据版本 %2；当前 SalesDesk 最高可读版本 %3）。请更新 SalesDesk 后再打开。</translation>
    </message>
    <message>
        <source>“%1” is from an older SalesDesk; open it in the app once to update it.</source>
        <translation>“%1”来自旧版 SalesDesk；请先在应用中打开一次以完成更新。</translation>
    </message>
    <message>
        <source>Could not back up “%1” before updating it, so it was left as it is: %2</source>
        <translation>更新前无法备份“%1”，因此保持原样未作改动：%2</translation>
    </message>
    <message>
        <source>A backup cannot replace the file it copies.</source>
        <translation>备份不能替换它所复制的文件。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Could not replace “%1”.</source>
        <translation>无法替换“%1”。</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>“%1” is not a file but a folder, a pipe or a device.</source>
        <translation>“%1”不是文件，而是文件夹、管道或设备。</translation>
    </message>
    <message>
        <source>“%1” holds edits that were not yet written into it (in “%2”), and its folder is read-only, so they cannot be read. Copy both files to a folder you can write to and open the copy.</source>
        <translation>“%1”有尚未写入文件的修改（在“%2”中），而其所在文件夹是只读的，因此无法读取这些修改。请把这两个文件复制到可写入的文件夹并打开副本。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>“%1” was changed with another program and cannot be used safely (%2). Open a backup copy instead.</source>
        <translation>“%1”已被其他程序改动，无法安全使用（%2）。请改为打开备份副本。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Both books must be at this SalesDesk&apos;s version to be copied: open the older one in SalesDesk once first.</source>
        <translation>两个账簿都须是此版本 SalesDesk 的格式才能复制：请先用 SalesDesk 打开较旧的那个一次。</translation>
    </message>
    <message>
        <source>the schema is at version %1, not %2</source>
        <translation>数据结构版本为 %1，而非 %2</translation>
    </message>
    <message>
        <source>“%1” is not a server address such as postgresql://user@host:5432/database.</source>
        <translation>“%1”不是服务器地址（应形如 postgresql://user@host:5432/database）。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>无法连接到“%1”：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL prelude is missing from this build.</source>
        <translation>此版本缺少 PostgreSQL 的初始脚本。</translation>
    </message>
    <message>
        <source>The database “%1” already holds tables; SalesDesk makes a new book only in an empty database.</source>
        <translation>数据库“%1”中已有数据表；SalesDesk 只在空数据库中新建账簿。</translation>
    </message>
    <message>
        <source>The database “%1” holds no SalesDesk book; make one there with “salesdesk new %1”.</source>
        <translation>数据库“%1”中没有 SalesDesk 账簿；请用“salesdesk new %1”在其中新建一个。</translation>
    </message>
</context>
<context>
    <name>DealMerge</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>service status</source>
        <translation>售后服务状态</translation>
    </message>
    <message>
        <source>forecast category</source>
        <translation>预测类别</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>There is no deal #%1.</source>
        <translation>不存在商机 #%1。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since you opened it, so your change was not saved. Reload it to see theirs, or apply yours on top.</source>
        <translation>“%1”在您打开后已被 %2 修改，因此您的更改未保存。请重新载入查看对方的更改，或将您的更改应用在其之上。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of deals must be between 0 and 10,000,000.</source>
        <translation>商机数量必须在 0 到 10,000,000 之间。</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and 20.</source>
        <translation>年数必须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not prepare the new file.</source>
        <translation>无法准备新文件。</translation>
    </message>
    <message>
        <source>“%1” already exists; SalesDesk will not overwrite it.</source>
        <translation>“%1”已存在；SalesDesk 不会覆盖它。</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Rate Criteria</source>
        <translation>评定各项标准</translation>
    </message>
    <message>
        <source>Finalise Evaluation</source>
        <translation>定稿考核</translation>
    </message>
    <message>
        <source>Finalise Evaluations</source>
        <translation>定稿全部考核</translation>
    </message>
    <message>
        <source>Every evaluation of the period is final.</source>
        <translation>本期的考核均已定稿。</translation>
    </message>
    <message>
        <source>Reopen Evaluation</source>
        <translation>重新打开考核</translation>
    </message>
    <message>
        <source>Save Scorecard Template</source>
        <translation>保存评分卡模板</translation>
    </message>
    <message>
        <source>The standard template cannot be removed.</source>
        <translation>标准模板不能删除。</translation>
    </message>
    <message>
        <source>Remove Scorecard Template</source>
        <translation>删除评分卡模板</translation>
    </message>
    <message>
        <source>The measure is no longer there.</source>
        <translation>该措施已不存在。</translation>
    </message>
    <message>
        <source>Edit Improvement Measure</source>
        <translation>编辑绩效改进措施</translation>
    </message>
    <message>
        <source>Add Improvement Measure</source>
        <translation>添加绩效改进措施</translation>
    </message>
    <message>
        <source>Remove Improvement Measure</source>
        <translation>删除绩效改进措施</translation>
    </message>
</context>
<context>
    <name>EvaluationSection</name>
    <message>
        <source>Performance evaluation</source>
        <translation>销售绩效评估</translation>
    </message>
    <message numerus="yes">
        <source>Scored with “%1”: %2 % the figures against their targets, %3 % the ratings of the criteria. %n of the evaluation(s) are final; the others are drafts as the book stands.</source>
        <translation>
            <numerusform>按“%1”评分：定量评估（各项数字与目标对比）占 %2 %，定性评估（各项标准的评分）占 %3 %。其中 %n 份考核已定稿；其余为按账簿现状计算的草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>定量</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No rep was on staff in the quarter.</source>
        <translation>本季度没有在职的销售人员。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>final (the book has changed since)</source>
        <translation>已定稿（此后账簿有变化）</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation>绩效改进措施</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No improvement measure ran in the quarter.</source>
        <translation>本季度没有进行中的绩效改进措施。</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>整个公司</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>较上期变化</translation>
    </message>
    <message>
        <source>Teams and the company</source>
        <translation>各团队与整个公司</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for current Excel and other programs (*.csv)</source>
        <translation>CSV，UTF-8，适用于新版 Excel 及其他程序 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, GB18030 for older Excel on Chinese Windows (*.csv)</source>
        <translation>CSV，GB18030，适用于中文 Windows 上的旧版 Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>SalesDesk writes .csv or .xlsx files, not “%1”: name the file accordingly.</source>
        <translation>SalesDesk 只能写入 .csv 或 .xlsx 文件，不能写入“%1”：请相应地命名文件。</translation>
    </message>
    <message>
        <source>Row %1, column “%2” holds %3 characters, more than the 32,767 an Excel cell can: export to CSV instead, which keeps it whole.</source>
        <translation>第 %1 行“%2”列有 %3 个字符，超过 Excel 单元格最多能容纳的 32,767 个：请改为导出 CSV，可以完整保留。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the disk is full. Free some space and try again.</source>
        <translation>无法写入“%1”：磁盘已满。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>the workbook came out incomplete (is the disk full?)</source>
        <translation>生成的工作簿不完整（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <source>Cannot write “%1”: the disk is full. Free some space and try again.</source>
        <translation>无法写入“%1”：磁盘已满。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>朴素法</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>季节性朴素法</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值法</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>漂移法</translation>
    </message>
    <message>
        <source>Simple exponential smoothing</source>
        <translation>简单指数平滑</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend</source>
        <translation>Holt 线性趋势</translation>
    </message>
    <message>
        <source>Holt&apos;s damped trend</source>
        <translation>Holt 阻尼趋势</translation>
    </message>
    <message>
        <source>Holt-Winters additive</source>
        <translation>Holt-Winters 加法</translation>
    </message>
    <message>
        <source>Holt-Winters multiplicative</source>
        <translation>Holt-Winters 乘法</translation>
    </message>
    <message>
        <source>Exponential smoothing</source>
        <translation>指数平滑</translation>
    </message>
    <message>
        <source>Theta</source>
        <translation>Theta 法</translation>
    </message>
    <message>
        <source>There are no values to forecast from.</source>
        <translation>没有可用于预测的数值。</translation>
    </message>
    <message>
        <source>Every value must be a finite number.</source>
        <translation>每个值都必须是有限的数字。</translation>
    </message>
    <message>
        <source>The horizon is 1 to 120 periods.</source>
        <translation>预测期数为 1 到 120 期。</translation>
    </message>
    <message>
        <source>Every value is the same, so the forecast repeats it and has no spread.</source>
        <translation>所有值都相同，因此预测沿用该值，没有波动区间。</translation>
    </message>
    <message>
        <source>With fewer than 4 values only the naive forecast (the last value) is honest.</source>
        <translation>少于 4 个值时，只有朴素法预测（沿用最后一个值）是可信的。</translation>
    </message>
    <message>
        <source>Fewer than two full seasons (%1 values): the forecast has no seasonal pattern.</source>
        <translation>不足两个完整季节周期（%1 个值）：预测不含季节性。</translation>
    </message>
    <message>
        <source>Seasonal naive needs a full season; the last value is repeated instead.</source>
        <translation>季节性朴素法需要一个完整的季节周期；改为沿用最后一个值。</translation>
    </message>
    <message>
        <source>%1 cannot be fitted to this series (it needs positive values for its multiplicative parts and more values than parameters).</source>
        <translation>%1 无法拟合此序列（乘法成分需要正值，且数值个数须多于参数个数）。</translation>
    </message>
    <message>
        <source>No exponential smoothing model fits this series.</source>
        <translation>没有指数平滑模型适合此序列。</translation>
    </message>
    <message>
        <source>Too few values to compare methods on the series&apos; own history.</source>
        <translation>数据太少，无法用序列自身的历史比较各方法。</translation>
    </message>
    <message>
        <source>%1 cannot forecast this series.</source>
        <translation>%1 无法预测此序列。</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Other spreadsheet</source>
        <translation>其他表格</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company or individual</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Customer source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Service notes</source>
        <translation>个性化服务备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>联系人备注</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Deal source</source>
        <translation>商机来源</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>商机创建时间</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The import could not be done again: the book has changed since.</source>
        <translation>无法重做这次导入：账簿在此之后已有改动。</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>no amount</source>
        <translation>没有金额</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>“%1” could be day/month or month/day</source>
        <translation>“%1”既可读作日/月，也可读作月/日</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Year first (2026-09-12)</source>
        <translation>年在前 (2026-09-12)</translation>
    </message>
    <message>
        <source>Day first (12/09/2026)</source>
        <translation>日在前 (12/09/2026)</translation>
    </message>
    <message>
        <source>Month first (09/12/2026)</source>
        <translation>月在前 (09/12/2026)</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>“%1” is both in brackets and with a minus: write −5 or (5) for a negative amount</source>
        <translation>“%1”既有括号又有负号：负数请写成 −5 或 (5)</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3: write it without the dot, or with two decimals</source>
        <translation>“%1”可能是 %2，也可能是 %3：请去掉点号，或写成两位小数</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The book has no stages to put deals in.</source>
        <translation>账簿中没有可放置商机的阶段。</translation>
    </message>
    <message>
        <source>No column holds the %1; map one to import %2.</source>
        <translation>没有哪一列是“%1”；请指定一列才能导入%2。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the customer has no name</source>
        <translation>客户没有名称</translation>
    </message>
    <message>
        <source>the contact has no name</source>
        <translation>联系人没有姓名</translation>
    </message>
    <message>
        <source>the contact names no customer</source>
        <translation>联系人没有所属客户</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>“%1”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>the deal has no title</source>
        <translation>商机没有名称</translation>
    </message>
    <message>
        <source>the deal names no customer</source>
        <translation>商机没有客户</translation>
    </message>
    <message>
        <source>“%1” is not a currency code</source>
        <translation>“%1”不是币种代码</translation>
    </message>
    <message>
        <source>a deal cannot be worth less than nothing</source>
        <translation>商机金额不能为负</translation>
    </message>
    <message>
        <source>“%1” is not open, won or lost</source>
        <translation>“%1”不是进行中、赢单或输单</translation>
    </message>
    <message>
        <source>the book has no stage “%1”</source>
        <translation>账簿中没有阶段“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a probability from 0 to 100</source>
        <translation>“%1”不是 0 到 100 之间的概率</translation>
    </message>
    <message>
        <source>the activity has no subject</source>
        <translation>销售活动没有主题</translation>
    </message>
    <message>
        <source>“%1” is not a kind of activity</source>
        <translation>“%1”不是一种销售活动</translation>
    </message>
    <message>
        <source>the activity has no due date</source>
        <translation>销售活动没有日期</translation>
    </message>
    <message>
        <source>the customer has no deal “%1”</source>
        <translation>该客户没有商机“%1”</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>拒绝原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s): line %2)</source>
        <translation>
            <numerusform>%1（%n 行：第 %2 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has deals in %1, and the book has no exchange rate from it to %2, its home currency; nothing was imported.</source>
        <translation>文件中有以 %1 计价的商机，而账簿中没有从它到本位币 %2 的汇率；未导入任何内容。</translation>
    </message>
    <message>
        <source>“%1” is not a forecast category (pipeline, best case, commit or omitted)</source>
        <translation>“%1”不是预测类别（管道、最佳情况、承诺或排除）</translation>
    </message>
    <message>
        <source>it closed on %1, before it was created on %2</source>
        <translation>结束日期 %1 早于创建日期 %2</translation>
    </message>
    <message>
        <source>the text holds a control character (U+%1), which is not text; remove it from the file</source>
        <translation>文本中含有控制字符（U+%1），它不是文字；请从文件中删除</translation>
    </message>
</context>
<context>
    <name>IncentivesSection</name>
    <message>
        <source>Incentives and training</source>
        <translation>激励与培训</translation>
    </message>
    <message>
        <source>Commission statements</source>
        <translation>提成明细</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>定额</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>计入业绩</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>SPIFFs and bonus</source>
        <translation>专项奖励与奖金</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>提成追回</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No rep is on an incentive plan.</source>
        <translation>没有销售人员适用提成方案。</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>No training program ran in this quarter.</source>
        <translation>本季度没有培训计划。</translation>
    </message>
</context>
<context>
    <name>KeyDateText</name>
    <message>
        <source>Contract renewal</source>
        <translation>合同续约</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>其他日期</translation>
    </message>
</context>
<context>
    <name>KpiSection</name>
    <message>
        <source>Revenue by month against target</source>
        <translation>各月销售额与目标</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Cumulative revenue</source>
        <translation>累计销售额</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键绩效指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>销售额目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>销售周期（天）</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>已完成销售活动</translation>
    </message>
    <message>
        <source>Overdue activities</source>
        <translation>逾期销售活动</translation>
    </message>
    <message>
        <source>Customer satisfaction (1–5)</source>
        <translation>客户满意度（1–5）</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>Deals won and lost by month</source>
        <translation>各月赢单与输单</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>There is no such period.</source>
        <translation>没有这个期间。</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Overdue activities</source>
        <translation>逾期销售活动</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>The value of the deals won with a close date in the period, in the home currency (at each deal&apos;s close-day rate), against the revenue target of exactly this period when there is one.</source>
        <translation>成交日期在本期内的赢单金额（按各商机成交当日汇率折算为本位币），如有恰好对应本期的销售额目标，则与之对比。</translation>
    </message>
    <message>
        <source>Deals marked won with a close date in the period.</source>
        <translation>成交日期在本期内、标记为赢单的商机。</translation>
    </message>
    <message>
        <source>Deals won ÷ (won + lost) among the deals closed in the period; none when no deal closed.</source>
        <translation>本期结束的商机中，赢单 ÷（赢单 + 输单）；没有商机结束时不计算。</translation>
    </message>
    <message>
        <source>Revenue ÷ deals won in the period, rounded to the cent.</source>
        <translation>本期销售额 ÷ 赢单数，四舍五入到分。</translation>
    </message>
    <message>
        <source>The mean number of whole days from a deal&apos;s creation to its close, over the deals won in the period. Shorter is better.</source>
        <translation>本期赢单从创建到成交的平均整天数。越短越好。</translation>
    </message>
    <message>
        <source>Customers whose first won deal closed in the period.</source>
        <translation>首次赢单在本期成交的客户。</translation>
    </message>
    <message>
        <source>Activities due before the day (today while the period runs, else the day after it ends) and not done by then. Fewer is better.</source>
        <translation>在该日（本期未结束时为今天，否则为期末次日）之前到期、且到那时仍未完成的销售活动。越少越好。</translation>
    </message>
    <message>
        <source>The mean satisfaction (1–5) of the feedback received in the period.</source>
        <translation>本期收到的客户反馈的平均满意度（1–5）。</translation>
    </message>
    <message>
        <source>Net promoter score of the feedback in the period: % promoters (9–10) − % detractors (0–6), from −100 to 100.</source>
        <translation>本期反馈的净推荐值：推荐者（9–10 分）占比 − 贬损者（0–6 分）占比，范围 −100 到 100。</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填写原因）</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <source>Revenue ÷ the size of the market recorded for exactly this year or quarter (Market › Market Size and Share); none without one.</source>
        <translation>销售额 ÷ 为该年或该季度记录的市场规模（市场 › 市场规模与份额）；未记录时不显示。</translation>
    </message>
    <message>
        <source>The deals open at the end of the period (or today while it runs), by their stage history, each weighted by the win probability of the stage it was in then, or by its own while it is still in that stage and one is set (as on the Board).</source>
        <translation>期末（本期未结束时为今天）仍在进行中的商机，依据阶段历史，各按当时所处阶段的赢单概率加权；若商机仍停留在该阶段且设有自己的赢单概率，则按其自己的概率加权（与看板一致）。</translation>
    </message>
</context>
<context>
    <name>MarketCommands</name>
    <message>
        <source>It is no longer there.</source>
        <translation>它已经不存在了。</translation>
    </message>
    <message>
        <source>Edit Competitor</source>
        <translation>编辑竞争对手</translation>
    </message>
    <message>
        <source>Add Competitor</source>
        <translation>新增竞争对手</translation>
    </message>
    <message>
        <source>Remove Competitor</source>
        <translation>删除竞争对手</translation>
    </message>
    <message>
        <source>A market size of %1 is recorded already; edit that one.</source>
        <translation>%1 已记录了市场规模；请编辑那一条。</translation>
    </message>
    <message>
        <source>Edit Market Size</source>
        <translation>编辑市场规模</translation>
    </message>
    <message>
        <source>Add Market Size</source>
        <translation>新增市场规模</translation>
    </message>
    <message>
        <source>Remove Market Size</source>
        <translation>删除市场规模</translation>
    </message>
    <message>
        <source>Edit Environment Factor</source>
        <translation>编辑环境因素</translation>
    </message>
    <message>
        <source>Add Environment Factor</source>
        <translation>新增环境因素</translation>
    </message>
    <message>
        <source>Remove Environment Factor</source>
        <translation>删除环境因素</translation>
    </message>
    <message>
        <source>Add SWOT Point</source>
        <translation>新增 SWOT 要点</translation>
    </message>
    <message>
        <source>Remove SWOT Point</source>
        <translation>删除 SWOT 要点</translation>
    </message>
    <message>
        <source>Set Competitor&apos;s Share</source>
        <translation>设置竞争对手份额</translation>
    </message>
</context>
<context>
    <name>MarketSection</name>
    <message>
        <source>Market and forecast</source>
        <translation>市场与预测</translation>
    </message>
    <message>
        <source>Our revenue of %1 was %2 of a market of %3 (%4).</source>
        <translation>我们的收入 %1 占 %3 市场的 %2（%4）。</translation>
    </message>
    <message>
        <source>No size of the whole market is recorded for %1, so there is no market share for it (Market › Market Size and Share).</source>
        <translation>%1 没有记录整个市场的规模，因此没有市场份额（市场分析 › 市场规模与份额）。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>我们的收入</translation>
    </message>
    <message>
        <source>Our share</source>
        <translation>我们的份额</translation>
    </message>
    <message>
        <source>Share of the whole market</source>
        <translation>整个市场中的份额</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我们</translation>
    </message>
    <message>
        <source>%1 (trend)</source>
        <translation>%1（趋势）</translation>
    </message>
    <message>
        <source>Deals against each competitor</source>
        <translation>与各竞争对手交锋的商机</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>输掉的金额</translation>
    </message>
    <message>
        <source>No deal closed or open in the quarter names a competitor.</source>
        <translation>本季度结束或进行中的商机都没有注明竞争对手。</translation>
    </message>
    <message>
        <source>The weightiest environment factors</source>
        <translation>影响最大的环境因素</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>No environment factor is noted.</source>
        <translation>尚未记录环境因素。</translation>
    </message>
    <message>
        <source>Revenue forecast by quarter from the history to %1: %2.</source>
        <translation>按季度的收入预测，依据截至 %1 的历史：%2。</translation>
    </message>
    <message>
        <source>On its own last quarters it erred by a MASE of %1 (seasonal naive %2; below 1 beats it).</source>
        <translation>在自身最近几个季度上的回测误差 MASE 为 %1（季节性朴素法 %2；低于 1 即优于它）。</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>80 % low</source>
        <translation>80 % 下限</translation>
    </message>
    <message>
        <source>80 % high</source>
        <translation>80 % 上限</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: a rep on staff turned out %1 a quarter over the last %n quarter(s); the %2 on staff can turn out about %3 a quarter.</source>
        <translation>
            <numerusform>产能：最近 %n 个季度每位在职销售人员每季度完成 %1；在职的 %2 人每季度约可完成 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The forecast of the next quarter asks %1 of that.</source>
        <translation>下一季度的预测需要其中的 %1。</translation>
    </message>
    <message>
        <source>Share of the whole market, ours and the largest competitors&apos; (the last periods carried on at their average change: “trend”)</source>
        <translation>整个市场中我们和最大几家竞争对手的份额（最近各期按平均变化延伸：“趋势”）</translation>
    </message>
</context>
<context>
    <name>MarketText</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>政治</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社会</translation>
    </message>
    <message>
        <source>Technological</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Intermediaries</source>
        <translation>中间商</translation>
    </message>
    <message>
        <source>Short term (within a year)</source>
        <translation>短期（一年内）</translation>
    </message>
    <message>
        <source>Medium term (1–3 years)</source>
        <translation>中期（1–3 年）</translation>
    </message>
    <message>
        <source>Long term (over 3 years)</source>
        <translation>长期（3 年以上）</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>Training and development</source>
        <translation>培训与发展</translation>
    </message>
    <message>
        <source>Incentive adjustment</source>
        <translation>激励机制调整</translation>
    </message>
    <message>
        <source>Process optimisation</source>
        <translation>工作流程优化</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>The measure has no title.</source>
        <translation>措施没有标题。</translation>
    </message>
    <message>
        <source>A rep&apos;s measure names the rep.</source>
        <translation>针对销售人员的措施须注明是哪位销售人员。</translation>
    </message>
    <message>
        <source>A team&apos;s measure names the team.</source>
        <translation>针对团队的措施须注明是哪个团队。</translation>
    </message>
    <message>
        <source>A measure has a start and a due day.</source>
        <translation>措施须有开始日期和截止日期。</translation>
    </message>
    <message>
        <source>The due day is before the start.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>Only a training measure links a training program.</source>
        <translation>只有培训类措施才能关联培训计划。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>No amount given.</source>
        <translation>未填写金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>金额“%1”过大。</translation>
    </message>
</context>
<context>
    <name>OutlookSection</name>
    <message>
        <source>Outlook</source>
        <translation>下季度展望</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) are expected to close in %1, worth %2; weighted by the probability of their stage, %3.</source>
        <translation>
            <numerusform>%n 个进行中的商机预计在%1成交，金额 %2；按所处阶段的赢单概率加权为 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected to close, by month</source>
        <translation>各月预计成交</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Largest deals expected</source>
        <translation>预计成交的最大商机</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>No open deal is expected to close then.</source>
        <translation>没有进行中的商机预计在此期间成交。</translation>
    </message>
</context>
<context>
    <name>PipelineForecaster</name>
    <message>
        <source>There is no such period.</source>
        <translation>没有这个期间。</translation>
    </message>
    <message>
        <source>%1 is not over yet: its forecasts can be set against the outcome once it is.</source>
        <translation>%1 尚未结束：结束后才能把预测与实际结果比较。</translation>
    </message>
</context>
<context>
    <name>PipelineSection</name>
    <message>
        <source>Sales process</source>
        <translation>销售过程</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deals reaching it</source>
        <translation>到达该阶段的商机</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>No deal moved through the funnel in this quarter.</source>
        <translation>本季度没有商机经过销售漏斗。</translation>
    </message>
    <message>
        <source>Deals reaching the stage</source>
        <translation>到达该阶段的商机</translation>
    </message>
    <message>
        <source>Bottleneck: %1, where %2 of the deals went on (the lowest conversion).</source>
        <translation>瓶颈：%1，只有 %2 的商机进入下一阶段（转化率最低）。</translation>
    </message>
    <message>
        <source>Pipeline by stage at the quarter&apos;s end</source>
        <translation>季度末各阶段商机</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>No deal was open at the quarter&apos;s end.</source>
        <translation>季度末没有进行中的商机。</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>各阶段商机金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Biggest wins</source>
        <translation>最大的赢单</translation>
    </message>
    <message>
        <source>Biggest losses</source>
        <translation>最大的输单</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No deal was won in this quarter.</source>
        <translation>本季度没有赢单。</translation>
    </message>
    <message>
        <source>No deal was lost in this quarter.</source>
        <translation>本季度没有输单。</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Lost reasons (Pareto)</source>
        <translation>输单原因（帕累托）</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>输单数</translation>
    </message>
</context>
<context>
    <name>PipelineText</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>实施交付</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常服务</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>待续约</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>陌生拜访</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <source>Proposal &amp; demo</source>
        <translation>方案演示</translation>
    </message>
    <message>
        <source>Negotiation &amp; contract</source>
        <translation>谈判签约</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未决策</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>Open deals: those not yet won or lost (of the List&apos;s search and filters, or the Board&apos;s owner, when they show fewer). Pipeline: their value in the home currency, a deal in another currency at today&apos;s rate. Weighted: each deal&apos;s value times its win probability (its own, or its stage&apos;s), added up and rounded once. Idle: open deals that have stayed in their stage longer than the stage&apos;s idle limit. Overdue activities: open activities whose time has passed.</source>
        <translation>进行中的商机：尚未赢单或输单的商机（列表的搜索和筛选条件、或看板选择的负责人只显示一部分时，只计显示的商机）。销售管道：它们以本位币计的金额，外币商机按今天的汇率折算。加权：每个商机的金额乘以其赢单概率（商机自己的，或其阶段的），相加后只取整一次。停滞：在阶段中停留超过该阶段停滞期限的进行中商机。逾期活动：时间已过但尚未完成的销售活动。</translation>
    </message>
    <message>
        <source>For the deals created in the range: a deal has entered a stage when it reached it or a later one (a won deal has passed them all); advanced counts those that went on past it; conversion = advanced ÷ entered. Win rate = won ÷ (won + lost). The bottleneck is the stage with the lowest conversion; between equals, the one where deals wait longer.</source>
        <translation>针对此范围内新建的商机：商机到达某阶段或其后的阶段，即算进入该阶段（赢单的商机经过了所有阶段）；推进数是越过该阶段继续前进的商机数；转化率 = 推进数 ÷ 进入数。赢单率 = 赢单 ÷（赢单 + 输单）。瓶颈是转化率最低的阶段；转化率相同时，取商机停留更久的阶段。</translation>
    </message>
    <message>
        <source>Reversed after the win</source>
        <translation>赢单后撤销</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>排除</translation>
    </message>
</context>
<context>
    <name>ReassignmentRepository</name>
    <message>
        <source>Choose the rep whose work is handed over.</source>
        <translation>请选择移交工作的销售人员。</translation>
    </message>
    <message>
        <source>Hand the work to another rep.</source>
        <translation>请把工作移交给另一名销售人员。</translation>
    </message>
    <message>
        <source>Choose who takes the work over.</source>
        <translation>请选择接手的人员。</translation>
    </message>
    <message>
        <source>There is nothing of theirs to hand over.</source>
        <translation>此人没有可移交的工作。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 was due at %2</source>
        <translation>%1 应于 %2 完成</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>On %1, in %n day(s)</source>
        <translation>
            <numerusform>%1，还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no such period.</source>
        <translation>没有这个期间。</translation>
    </message>
    <message>
        <source>There is no report section %1; the sections are %2.</source>
        <translation>没有报告章节 %1；可用的章节为 %2。</translation>
    </message>
    <message>
        <source>Quarterly Sales Report</source>
        <translation>季度销售报告</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The page number in a report&apos;s footer: %1 this page, %2 all pages</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
</context>
<context>
    <name>ReportContext</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter: %1 its number (1–4), %2 the year</extracomment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <extracomment>An ISO week: %1 its number, %2 the year</extracomment>
        <translation>%2年第%1周</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
</context>
<context>
    <name>RepsSection</name>
    <message>
        <source>Sales team</source>
        <translation>销售团队</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>No rep closed a deal or did an activity in this quarter.</source>
        <translation>本季度没有销售人员成交商机或完成销售活动。</translation>
    </message>
    <message>
        <source>Revenue by rep</source>
        <translation>各销售人员销售额</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>this SalesDesk cannot make the schema of version %1</source>
        <translation>此版本的 SalesDesk 无法生成第 %1 版的数据结构</translation>
    </message>
    <message>
        <source>the %1 “%2” is missing</source>
        <translation>缺少%1“%2”</translation>
    </message>
    <message>
        <source>“%1” is a %2 where SalesDesk keeps a %3</source>
        <translation>“%1”是%2，而 SalesDesk 在此保存的是%3</translation>
    </message>
    <message>
        <source>the %1 “%2” has been redefined</source>
        <translation>%1“%2”已被重新定义</translation>
    </message>
    <message>
        <source>a trigger “%1” was added</source>
        <translation>添加了触发器“%1”</translation>
    </message>
</context>
<context>
    <name>ScorecardText</name>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>销售周期（天）</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>已完成活动</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <source>Target attainment</source>
        <translation>目标达成率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <source>Commission cost ratio</source>
        <translation>提成成本率</translation>
    </message>
    <message>
        <source>Sales rep, quarterly</source>
        <translation>销售人员季度考核</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>团队合作</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Professionalism</source>
        <translation>职业素养</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习能力</translation>
    </message>
    <message>
        <source>The template is not a JSON object: %1.</source>
        <translation>模板不是 JSON 对象：%1。</translation>
    </message>
    <message>
        <source>“%1” is not a KPI of the scorecard (%2).</source>
        <translation>“%1”不是评分卡的绩效指标（%2）。</translation>
    </message>
    <message>
        <source>The target of %1 is a number or &quot;quota&quot;.</source>
        <translation>%1 的目标应为数字或 &quot;quota&quot;。</translation>
    </message>
    <message>
        <source>%1 has no target of the rep&apos;s to stand for &quot;quota&quot;: give a number.</source>
        <translation>%1 没有销售人员本人的目标可作为 &quot;quota&quot;：请给出数字。</translation>
    </message>
    <message>
        <source>The direction of %1 is &quot;higher&quot; or &quot;lower&quot;.</source>
        <translation>%1 的方向应为 &quot;higher&quot; 或 &quot;lower&quot;。</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>模板没有名称。</translation>
    </message>
    <message>
        <source>The figures&apos; part of the score is between 0 and 100 %.</source>
        <translation>定量部分在得分中的比重应在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The weight of %1 is missing or below zero.</source>
        <translation>%1 的权重缺失或小于零。</translation>
    </message>
    <message>
        <source>The KPIs&apos; weights add up to %1, not 100%.</source>
        <translation>各绩效指标的权重合计为 %1，而不是 100%。</translation>
    </message>
    <message>
        <source>A criterion has no name.</source>
        <translation>有一项标准没有名称。</translation>
    </message>
    <message>
        <source>The criterion “%1” is named twice.</source>
        <translation>标准“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The weight of “%1” is missing or below zero.</source>
        <translation>“%1”的权重缺失或小于零。</translation>
    </message>
    <message>
        <source>The criteria&apos;s weights add up to %1, not 100%.</source>
        <translation>各定性标准的权重合计为 %1，而不是 100%。</translation>
    </message>
    <message>
        <source>The grade bands go down from A to C.</source>
        <translation>等级分数线应从 A 到 C 依次降低。</translation>
    </message>
    <message>
        <source>no figure in the period</source>
        <translation>本期间没有数据</translation>
    </message>
    <message>
        <source>no target of the rep&apos;s for the period</source>
        <translation>该销售人员本期间没有目标</translation>
    </message>
    <message>
        <source>a target of zero</source>
        <translation>目标为零</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Left out: %1; the other KPIs&apos; weights are scaled up to 100 %.</source>
        <translation>未计入：%1；其余绩效指标的权重按比例放大到 100 %。</translation>
    </message>
    <message>
        <source>Not rated yet: %1; the rated criteria&apos;s weights are scaled up to 100 %.</source>
        <translation>尚未评分：%1；已评分标准的权重按比例放大到 100 %。</translation>
    </message>
    <message>
        <source>No criterion is rated yet: the score is the figures&apos; part alone.</source>
        <translation>尚未对任何标准评分：得分仅为定量部分。</translation>
    </message>
    <message>
        <source>No KPI has a figure and a target: the score is the ratings&apos; part alone.</source>
        <translation>没有任何绩效指标同时具备数据和目标：得分仅为定性部分。</translation>
    </message>
    <message>
        <source>The cap of %1 has to be above zero.</source>
        <translation>%1 的上限必须大于零。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>The target of %1 is not a number.</source>
        <translation>%1 的目标不是数字。</translation>
    </message>
    <message>
        <source>%1 needs a target: a rep has no target of it.</source>
        <translation>%1 需要填写目标：销售人员没有这一项的目标。</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>High-value</source>
        <translation>高价值客户</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般客户</translation>
    </message>
    <message>
        <source>High-value: among the top %1 % of the customers who bought in the last %2 months, by what they bought (in the home currency), with at least %3 won deals in that time. Potential: not high-value, with an open deal or a first purchase in the last %4 days. General: everyone else. A high-value customer is at risk when the time since the last purchase is more than %5 times the usual time between purchases. A segment chosen by hand wins until cleared. Edit › Preferences changes these rules.</source>
        <translation>高价值客户：在过去 %2 个月内有购买的客户中，按购买金额（本位币）排在前 %1 %，且这段时间内至少赢单 %3 笔。潜力客户：不是高价值客户，但有进行中的商机，或在过去 %4 天内首次购买。一般客户：其余所有客户。高价值客户距上次购买的时间超过其通常购买间隔的 %5 倍时为有风险。手工指定的客户分类在清除前优先。可在“编辑 › 首选项”中修改这些规则。</translation>
    </message>
</context>
<context>
    <name>SeriesText</name>
    <message>
        <source>The file has a header but no rows of period,value.</source>
        <translation>文件只有表头，没有“期间,数值”行。</translation>
    </message>
    <message>
        <source>Line 1: the file needs two columns, period and value.</source>
        <translation>第 1 行：文件需要两列：期间和数值。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a period (YYYY-MM for a month, YYYYQn for a quarter, YYYY for a year).</source>
        <translation>第 %1 行：“%2”不是期间（月份写作 YYYY-MM，季度写作 YYYYQn，年份写作 YYYY）。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not of the same kind as the periods before it (%3).</source>
        <translation>第 %1 行：%2 与之前的期间（%3）类型不同。</translation>
    </message>
    <message>
        <source>Line %1: %2 does not come after %3; the rows must be in time order, one per period.</source>
        <translation>第 %1 行：%2 不在 %3 之后；各行须按时间顺序排列，每期一行。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number (write it as 1234.5, without separators).</source>
        <translation>第 %1 行：“%2”不是数字（请写作 1234.5，不带分隔符）。</translation>
    </message>
    <message>
        <source>The file has no values after its last gap.</source>
        <translation>文件在最后一个缺口之后没有数值。</translation>
    </message>
    <message numerus="yes">
        <source>The series has a gap at line %1; only the %n values from %2 on are used.</source>
        <translation>
            <numerusform>序列在第 %1 行有缺口；只使用自 %2 起的 %n 个值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop&apos;s keychain</source>
        <translation>在桌面钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>The password is kept by the desktop&apos;s keychain (GNOME Keyring, KWallet), never in SalesDesk&apos;s own files.</source>
        <translation>密码由桌面钥匙串（GNOME Keyring、KWallet）保存，绝不写入 SalesDesk 自己的文件。</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The file is damaged (%1). Open a backup copy instead.</source>
        <translation>文件已损坏（%1）。请改为打开备份副本。</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满：修改未保存。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>The file cannot be read or written (%1).</source>
        <translation>无法读取或写入该文件（%1）。</translation>
    </message>
    <message>
        <source>The file is read-only here: save a copy elsewhere to change it.</source>
        <translation>该文件在此处是只读的：请把副本保存到别处再修改。</translation>
    </message>
    <message>
        <source>The connection to the server was lost: the change was not saved (%1).</source>
        <translation>与服务器的连接已断开：更改未保存（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: the change was not saved. Ask whoever runs the server to free some space.</source>
        <translation>服务器磁盘已满：更改未保存。请联系服务器管理员释放空间。</translation>
    </message>
    <message>
        <source>The server does not let this user do that (%1).</source>
        <translation>服务器不允许此用户进行该操作（%1）。</translation>
    </message>
    <message>
        <source>Someone else was changing the same rows at the same moment: the change was not saved. Try again.</source>
        <translation>其他人正在同时修改相同的记录：更改未保存。请重试。</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>增长 %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>下降 %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Revenue was %1</source>
        <translation>销售额为 %1</translation>
    </message>
    <message>
        <source>, %1 of the %2 target</source>
        <translation>，达到 %2 目标的 %1</translation>
    </message>
    <message>
        <source>, %1 on the previous quarter</source>
        <translation>，较上季度%1</translation>
    </message>
    <message>
        <source> and %1 on %2</source>
        <translation>，较%2%1</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>No deal was won or lost in the quarter.</source>
        <translation>本季度没有赢单或输单。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won and %1 lost, a win rate of %2</source>
        <translation>
            <numerusform>赢单 %n 个，输单 %1 个，赢单率 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; the average deal was %1 and took %2 days from creation to close</source>
        <translation>；平均成交额 %1，从创建到成交平均 %2 天</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>the end of the funnel</comment>
        <translation>赢单</translation>
    </message>
    <message>
        <source>The bottleneck is %1 → %2: %3 of the deals went on, after %4 days in the stage on average.</source>
        <translation>瓶颈在 %1 → %2：只有 %3 的商机进入下一阶段，平均在该阶段停留 %4 天。</translation>
    </message>
    <message numerus="yes">
        <source>At the quarter&apos;s end %n deal(s) were open, worth %1 (%2 weighted by the probability of their stage).</source>
        <translation>
            <numerusform>季度末有 %n 个进行中的商机，金额 %1（按阶段赢单概率加权为 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) bought for the first time; %1 deals were opened.</source>
        <translation>
            <numerusform>%n 位客户首次购买；新增商机 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer satisfaction averaged %1 of 5</source>
        <translation>客户满意度平均为 %1（满分 5）</translation>
    </message>
    <message>
        <source>, with a net promoter score of %1</source>
        <translation>，净推荐值为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) were overdue at the quarter&apos;s end.</source>
        <translation>
            <numerusform>季度末有 %n 项销售活动逾期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetMath</name>
    <message>
        <source>Nothing to rebalance.</source>
        <translation>没有可重新平衡的部分。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>Every other part is locked or has ended, so this one must stay as it is for the parts to add up.</source>
        <translation>其他部分均已锁定或已结束，为使各部分之和不变，此部分必须保持原值。</translation>
    </message>
    <message>
        <source>That leaves less than nothing for the other parts: together with the locked and ended parts it is more than the whole.</source>
        <translation>这样其他部分将不足零：加上已锁定和已结束的部分后超过了总目标。</translation>
    </message>
    <message>
        <source>The locked parts and those that have ended do not leave room for the new value.</source>
        <translation>已锁定和已结束的部分没有为新目标值留出空间。</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>There is no target #%1.</source>
        <translation>不存在目标 #%1。</translation>
    </message>
</context>
<context>
    <name>TargetText</name>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Completed activities</source>
        <translation>完成的销售活动</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>平均分解</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>按季节性</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <source>Typed amounts</source>
        <translation>直接输入金额</translation>
    </message>
    <message>
        <source>On track on the strength of the pipeline: the actual alone is behind, but the open deals expected to close in the period bring the projection to the goal.</source>
        <translation>依靠商机保持正常：仅看实际值落后于进度，但预计在本期内成交的进行中商机使预计值达到目标。</translation>
    </message>
    <message>
        <source>Attainment: the actual as a share of the target. While the period runs, the status compares the actual with what was expected by now (the target spread over its period, or over its parts when it is split): on track from %1 %, at risk from %2 %, behind below. A running target whose projection (the actual plus the weighted open deals expected to close in its period) reaches the target is on track too, marked “*”. After the period: achieved or missed. Edit › Preferences changes the two percentages.</source>
        <translation>达成率：实际值占目标值的比例。期间进行中时，状态把实际值与截至目前应完成的量（目标按期间分摊，已分解的目标按其各部分分摊）比较：达到 %1 % 起为正常，%2 % 起为有风险，低于此为落后。进行中的目标如果预测值（实际值加上预计在期内成交的进行中商机的加权金额）达到目标，也算正常，标为“*”。期末后：已达成或未达成。可在“编辑 › 首选项”中修改这两个比例。</translation>
    </message>
</context>
<context>
    <name>TargetsSection</name>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No target was set for this quarter.</source>
        <translation>本季度没有设定目标。</translation>
    </message>
    <message>
        <source>Revenue burn-up</source>
        <translation>销售额累计进度</translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation>累计销售额</translation>
    </message>
    <message>
        <source>Even pace to the target</source>
        <translation>匀速达成目标的进度</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>There is no such team.</source>
        <translation>没有这个团队。</translation>
    </message>
    <message>
        <source>There is no such training program.</source>
        <translation>没有这个培训计划。</translation>
    </message>
    <message>
        <source>Hand Over %1&apos;s Work</source>
        <translation>移交%1的工作</translation>
    </message>
    <message>
        <source>Edit Sales Rep</source>
        <translation>编辑销售人员</translation>
    </message>
    <message>
        <source>Add Sales Rep</source>
        <translation>新增销售人员</translation>
    </message>
    <message>
        <source>Edit Team</source>
        <translation>编辑团队</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>新增团队</translation>
    </message>
    <message>
        <source>Remove Team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>Edit Training Program</source>
        <translation>编辑培训计划</translation>
    </message>
    <message>
        <source>Add Training Program</source>
        <translation>新增培训计划</translation>
    </message>
    <message>
        <source>Remove Training Program</source>
        <translation>删除培训计划</translation>
    </message>
    <message>
        <source>Edit Incentive Plan</source>
        <translation>编辑提成方案</translation>
    </message>
    <message>
        <source>Add Incentive Plan</source>
        <translation>新增提成方案</translation>
    </message>
    <message>
        <source>Reverse Deal</source>
        <translation>撤销赢单</translation>
    </message>
    <message>
        <source>Split Credit</source>
        <translation>分配业绩</translation>
    </message>
    <message>
        <source>Give Award</source>
        <translation>颁奖</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>Edit Career Ladder</source>
        <translation>编辑职级体系</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <source>Sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>UserKind</name>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation>销售人员</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>“%1” is not a workbook that can be read (not a zip file).</source>
        <translation>“%1”不是可读取的工作簿（不是 zip 文件）。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its list of parts cannot be read.</source>
        <translation>“%1”已损坏：无法读取其部件列表。</translation>
    </message>
    <message>
        <source>“%1” is refused: its part “%2” would unpack to %3 MB from %4 KB, more than a real workbook holds.</source>
        <translation>已拒绝“%1”：其部件“%2”会从 %4 KB 解压为 %3 MB，超出真实工作簿的容量。</translation>
    </message>
    <message>
        <source>“%1” is not a complete workbook: its part “%2” is missing.</source>
        <translation>“%1”不是完整的工作簿：缺少部件“%2”。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” cannot be read.</source>
        <translation>“%1”已损坏：无法读取部件“%2”。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” cannot be unpacked.</source>
        <translation>“%1”已损坏：无法解压部件“%2”。</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 (part “%3”, line %4).</source>
        <translation>“%1”已损坏：%2（部件“%3”，第 %4 行）。</translation>
    </message>
    <message>
        <source>it declares a document type, which no workbook does</source>
        <translation>其中声明了文档类型，工作簿从不这样做</translation>
    </message>
    <message>
        <source>“%1” has no sheets.</source>
        <translation>“%1”没有工作表。</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”; its sheets: %3.</source>
        <translation>“%1”中没有工作表“%2”；其工作表为：%3。</translation>
    </message>
    <message>
        <source>“%1” has no sheet with a header row.</source>
        <translation>“%1”中没有带表头行的工作表。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>row %1 is beyond the last row a sheet can have</source>
        <translation>第 %1 行超出了工作表的最大行数</translation>
    </message>
    <message>
        <source>“%1” is no cell</source>
        <translation>“%1”不是单元格</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2” is empty: it has no header row.</source>
        <translation>“%2”的工作表“%1”是空的：没有表头行。</translation>
    </message>
    <message>
        <source>“%1” is a text file, not a workbook: it has no sheets to choose from.</source>
        <translation>“%1”是文本文件而非工作簿：没有可选的工作表。</translation>
    </message>
    <message>
        <source>the sheet holds more than %1 cells, more than an import can take</source>
        <translation>工作表包含超过 %1 个单元格，超出导入所能处理的范围</translation>
    </message>
    <message>
        <source>“%1” is refused: the sheet “%2” merges cells over more than %3 cells.</source>
        <translation>已拒绝“%1”：工作表“%2”合并的单元格超过 %3 个。</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet, sheet “%1”</source>
        <translation>OpenDocument 电子表格，工作表“%1”</translation>
    </message>
    <message>
        <source>a cell is beyond the last column a sheet can have</source>
        <translation>有单元格超出了工作表所能有的最后一列</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>“%1” is too large to read in the memory this computer has free.</source>
        <translation>“%1”太大，这台电脑的可用内存不足以读取它。</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook that can be read: it is damaged, or not what its name says (FreeXL error %2).</source>
        <translation>“%1”不是可读取的 Excel 工作簿：文件已损坏，或并非其扩展名所示的类型（FreeXL 错误 %2）。</translation>
    </message>
    <message>
        <source>“%1” is protected by a password: save it without one in Excel first.</source>
        <translation>“%1”受密码保护：请先在 Excel 中将其另存为不带密码的文件。</translation>
    </message>
    <message>
        <source>“%1” is refused: its sheets declare %2 cells, more than an import can take.</source>
        <translation>已拒绝“%1”：其工作表声明了 %2 个单元格，超出导入所能处理的数量。</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook, sheet “%1”</source>
        <translation>Excel 97–2003 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>“%1” could not be read: the reader of .xls files stopped on it (a damaged file, or one made to do harm).</source>
        <translation>无法读取“%1”：.xls 文件读取程序在处理它时中止（文件已损坏，或是被刻意构造的恶意文件）。</translation>
    </message>
    <message>
        <source>Cannot start reading “%1”: %2</source>
        <translation>无法开始读取“%1”：%2</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>This installation cannot read .xls files: its reader, salesdesk-xls-reader, is missing. Save the workbook as .xlsx instead.</source>
        <translation>此安装无法读取 .xls 文件：缺少其读取程序 salesdesk-xls-reader。请先将工作簿另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ActivityService</name>
    <message>
        <source>An activity needs a subject.</source>
        <translation>销售活动需要填写主题。</translation>
    </message>
    <message>
        <source>An activity needs a due date and time.</source>
        <translation>销售活动需要截止日期和时间。</translation>
    </message>
    <message>
        <source>Could not restore activity #%1.</source>
        <translation>无法恢复销售活动 #%1。</translation>
    </message>
</context>
<context>
    <name>salesdesk::BookSettings</name>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>没有“%1”这项设置。</translation>
    </message>
    <message>
        <source>%1 is a whole number from %2 to %3, not “%4”.</source>
        <translation>%1 是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
</context>
<context>
    <name>salesdesk::CareerService</name>
    <message>
        <source>Every level of the ladder needs a name.</source>
        <translation>职级体系中的每一级都需要名称。</translation>
    </message>
    <message>
        <source>The ladder names “%1” twice.</source>
        <translation>职级体系中“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Tenure cannot be negative.</source>
        <translation>司龄不能为负。</translation>
    </message>
    <message>
        <source>“%1” is not a level: write a name, then optionally the months of tenure and the attainment, as in “Senior:24m:100%”.</source>
        <translation>“%1”不是职级：请写名称，然后可选司龄月数和达成率，例如“高级:24m:100%”。</translation>
    </message>
    <message>
        <source>There is no sales rep #%1.</source>
        <translation>没有编号为 #%1 的销售人员。</translation>
    </message>
    <message>
        <source>An award needs a title and a day.</source>
        <translation>奖项需要名称和日期。</translation>
    </message>
    <message>
        <source>A promotion needs the new level and a day.</source>
        <translation>晋升需要新职级和日期。</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 已经是 %2。</translation>
    </message>
</context>
<context>
    <name>salesdesk::CommissionService</name>
    <message>
        <source>A plan needs a name.</source>
        <translation>方案需要名称。</translation>
    </message>
    <message>
        <source>There is already a plan called “%1”.</source>
        <translation>已有名为“%1”的方案。</translation>
    </message>
    <message>
        <source>There is no sales rep #%1.</source>
        <translation>没有编号为 #%1 的销售人员。</translation>
    </message>
    <message>
        <source>There is no commission plan #%1.</source>
        <translation>没有编号为 #%1 的提成方案。</translation>
    </message>
    <message>
        <source>Commission was settled under “%1”; it stays, with the statements paid under it. Move its reps to another plan instead.</source>
        <translation>已按“%1”结算过提成；该方案与其下发放的明细都会保留。请改为把其人员移到其他方案。</translation>
    </message>
    <message>
        <source>%1 is named twice in the split.</source>
        <translation>%1 在分配中出现了两次。</translation>
    </message>
    <message>
        <source>Each share of a split must be above 0 %.</source>
        <translation>每份业绩分配都必须大于 0%。</translation>
    </message>
    <message>
        <source>The shares of a split must add up to 100 %; these add up to %1.</source>
        <translation>业绩分配各份额合计必须为 100%；当前合计为 %1。</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>商机 #%1</translation>
    </message>
    <message>
        <source>Paid in %1; reversed on %2: %3</source>
        <translation>于 %1 发放；%2 撤销：%3</translation>
    </message>
    <message>
        <source>There is no such period.</source>
        <translation>没有这个期间。</translation>
    </message>
    <message>
        <source>%1 is not on a commission plan.</source>
        <translation>%1 没有适用的提成方案。</translation>
    </message>
    <message>
        <source>%1 runs until %2; settle it once it is over (a preview is there any time).</source>
        <translation>%1 到 %2 才结束；请在结束后结算（随时可以预览）。</translation>
    </message>
    <message>
        <source>No sales rep is on a commission plan.</source>
        <translation>没有销售人员适用提成方案。</translation>
    </message>
    <message>
        <source>%1&apos;s commission is settled for %2, which overlaps %3; a day is paid once.</source>
        <translation>%1 的提成已按 %2 结算，与 %3 重叠；同一天只计发一次。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细项</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>商机编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>计入业绩</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 按 %2</translation>
    </message>
    <message>
        <source>%1&apos;s commission for %2 is settled, so the %3 paid on this deal could not be taken back then. Date the reversal after %2.</source>
        <translation>%1 在 %2 的提成已结算，这笔商机已发放的 %3 无法在那时追回。请将撤销日期定在 %2 之后。</translation>
    </message>
</context>
<context>
    <name>salesdesk::CurrencyService</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code (such as CNY, USD or EUR).</source>
        <translation>“%1”不是 ISO 4217 货币代码（如 CNY、USD 或 EUR）。</translation>
    </message>
    <message numerus="yes">
        <source>The home currency can change only while the book has no deals and no exchange rates; this one has %n deal(s).</source>
        <translation>
            <numerusform>只有在账簿还没有商机和汇率时才能更改本位币；这个账簿有 %n 个商机。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the home currency; it needs no rate.</source>
        <translation>%1 是本位币，不需要汇率。</translation>
    </message>
    <message>
        <source>A rate needs the day it is valid from.</source>
        <translation>汇率需要生效日期。</translation>
    </message>
    <message>
        <source>A rate is a positive number.</source>
        <translation>汇率必须是正数。</translation>
    </message>
    <message>
        <source>%1 has two rates from %2.</source>
        <translation>%1 在 %2 有两个汇率。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the currency of %n deal(s): keep at least one rate for it.</source>
        <translation>
            <numerusform>有 %n 个商机以 %1 计价：请至少保留它的一个汇率。</numerusform>
        </translation>
    </message>
    <message>
        <source>The home currency can change only while the book has no deals and no exchange rates; remove its rates first (Edit › Preferences › Exchange rates).</source>
        <translation>只有在账簿中没有商机和汇率时才能更改本位币；请先删除其汇率（编辑 › 首选项 › 汇率）。</translation>
    </message>
</context>
<context>
    <name>salesdesk::CustomerService</name>
    <message>
        <source>A deal needs a customer.</source>
        <translation>商机需要填写客户。</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>不存在客户 #%1。</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户需要名称。</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>每位联系人都需要姓名。</translation>
    </message>
    <message>
        <source>Only one contact can be the primary one.</source>
        <translation>只能有一位主要联系人。</translation>
    </message>
    <message>
        <source>Every key date needs a date.</source>
        <translation>每个重要日期都需要日期。</translation>
    </message>
    <message>
        <source>The contact cadence is a number of days.</source>
        <translation>联系频率是天数。</translation>
    </message>
    <message>
        <source>Say why this customer is put in another segment.</source>
        <translation>请说明为何把该客户调整到其他分类。</translation>
    </message>
    <message>
        <source>There is already a customer called “%1”.</source>
        <translation>已有名为“%1”的客户。</translation>
    </message>
    <message>
        <source>A contact cadence is a number of days.</source>
        <translation>沟通周期应为天数。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <source>The customers could not be read.</source>
        <translation>无法读取客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n 项销售活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of feedback</source>
        <translation>
            <numerusform>%n 条反馈</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has a history (%2): merge it into another customer instead of deleting it.</source>
        <translation>“%1”已有往来记录（%2）：请把它合并到其他客户，而不是删除。</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 after your edit, so undoing it would undo theirs as well: it was not undone.</source>
        <translation>“%1”在您编辑之后已被 %2 修改，撤销会连同对方的更改一并撤销，因此未撤销。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>salesdesk::EvaluationService</name>
    <message>
        <source>A saved scorecard template cannot be read: %1</source>
        <translation>无法读取已保存的评分卡模板：%1</translation>
    </message>
    <message>
        <source>No scorecard template is called “%1” (there are: %2).</source>
        <translation>没有名为“%1”的评分卡模板（现有：%2）。</translation>
    </message>
    <message>
        <source>A rating is 1 to 5, not %1.</source>
        <translation>评分应为 1 到 5，而不是 %1。</translation>
    </message>
    <message>
        <source>A rating names its criterion.</source>
        <translation>评分需注明对应的标准。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is final: reopen it to rate again.</source>
        <translation>%1 在 %2 的考核已定稿：重新打开后才能再评分。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is final already.</source>
        <translation>%1 在 %2 的考核已经定稿。</translation>
    </message>
    <message>
        <source>%1 was not on staff in %2.</source>
        <translation>%1 在 %2 不在职。</translation>
    </message>
    <message>
        <source>Say why the evaluation is reopened.</source>
        <translation>请说明重新打开考核的原因。</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is not final.</source>
        <translation>%1 在 %2 的考核尚未定稿。</translation>
    </message>
    <message>
        <source>The book has no rep #%1.</source>
        <translation>账簿中没有销售人员 #%1。</translation>
    </message>
    <message>
        <source>The book has no team #%1.</source>
        <translation>账簿中没有团队 #%1。</translation>
    </message>
    <message>
        <source>The days before and after are 7 to 366.</source>
        <translation>前后天数应为 7 到 366。</translation>
    </message>
    <message>
        <source>%1 is a figure of a whole period, not measured over days.</source>
        <translation>%1 是整个期间的数字，不按天数衡量。</translation>
    </message>
    <message>
        <source>The measure is not due yet: there is no after.</source>
        <translation>措施尚未到期：还没有“之后”。</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>%1团队</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>整个公司</translation>
    </message>
    <message>
        <source>A team&apos;s or the company&apos;s scorecard weighs the figures alone (the criteria are rated per rep) and is not finalised.</source>
        <translation>团队或整个公司的评分卡只计定量部分（评估标准按销售人员评定），不定稿。</translation>
    </message>
</context>
<context>
    <name>salesdesk::FeedbackService</name>
    <message>
        <source>Feedback belongs to a customer.</source>
        <translation>客户反馈需要关联客户。</translation>
    </message>
    <message>
        <source>Feedback needs the date it was received.</source>
        <translation>客户反馈需要填写收到日期。</translation>
    </message>
    <message>
        <source>Satisfaction is scored from 1 to 5.</source>
        <translation>满意度评分为 1 到 5。</translation>
    </message>
    <message>
        <source>The recommendation score is from 0 to 10.</source>
        <translation>推荐意愿评分为 0 到 10。</translation>
    </message>
    <message>
        <source>There is no feedback #%1.</source>
        <translation>没有编号为 %1 的客户反馈。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷调查</translation>
    </message>
</context>
<context>
    <name>salesdesk::MarketService</name>
    <message>
        <source>A competitor needs a name.</source>
        <translation>竞争对手需要名称。</translation>
    </message>
    <message>
        <source>A competitor&apos;s name cannot hold a semicolon (it separates the names a deal meets).</source>
        <translation>竞争对手名称不能含分号（分号用于分隔一个商机遇到的多个竞争对手）。</translation>
    </message>
    <message>
        <source>“%1” is in the competitor register already.</source>
        <translation>“%1”已在竞争对手登记册中。</translation>
    </message>
    <message>
        <source>There is no competitor #%1.</source>
        <translation>没有竞争对手 #%1。</translation>
    </message>
    <message>
        <source>A market size is of a year or a quarter.</source>
        <translation>市场规模须针对某年或某季度。</translation>
    </message>
    <message>
        <source>A market size is more than zero.</source>
        <translation>市场规模须大于零。</translation>
    </message>
    <message>
        <source>Say where the market size comes from (a report, an association, your own estimate).</source>
        <translation>请注明市场规模的来源（报告、行业协会或您自己的估计）。</translation>
    </message>
    <message>
        <source>A share is from 0 to 100 %.</source>
        <translation>份额在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>A market share is of a year or a quarter.</source>
        <translation>市场份额须针对某年或某季度。</translation>
    </message>
    <message>
        <source>Our revenue in “%1” cannot be told: a segment of the market is matched to the product of that name, and no deal has it.</source>
        <translation>无法得出我们在“%1”中的收入：细分市场按同名产品匹配，而没有任何商机属于该产品。</translation>
    </message>
    <message>
        <source>An environment factor needs a title.</source>
        <translation>环境因素需要标题。</translation>
    </message>
    <message>
        <source>The impact is from −2 (strongly against us) to +2 (strongly for us).</source>
        <translation>影响程度从 −2（非常不利）到 +2（非常有利）。</translation>
    </message>
    <message>
        <source>The likelihood is from 0 to 100 %.</source>
        <translation>可能性在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>An environment factor needs the day it was noted.</source>
        <translation>环境因素需要记录日期。</translation>
    </message>
    <message>
        <source>The review (%1) cannot come before the day the factor was noted (%2).</source>
        <translation>复核日期（%1）不能早于记录日期（%2）。</translation>
    </message>
    <message>
        <source>There is no environment factor #%1.</source>
        <translation>没有环境因素 #%1。</translation>
    </message>
    <message>
        <source>A SWOT point needs its text.</source>
        <translation>SWOT 要点需要内容。</translation>
    </message>
</context>
<context>
    <name>salesdesk::PipelineService</name>
    <message>
        <source>Every stage needs a name.</source>
        <translation>每个阶段都需要名称。</translation>
    </message>
    <message>
        <source>A win probability is between 0 % and 100 %.</source>
        <translation>赢单概率应在 0 % 到 100 % 之间。</translation>
    </message>
    <message>
        <source>An idle limit cannot be negative.</source>
        <translation>停滞天数上限不能为负数。</translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage that is not archived.</source>
        <translation>销售漏斗至少需要一个未归档的阶段。</translation>
    </message>
    <message>
        <source>The stage “%1” has deals or history; archive it instead of removing it.</source>
        <translation>阶段“%1”中有商机或历史记录；请归档而不要删除。</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still has %n open deal(s); move them before archiving it.</source>
        <translation>
            <numerusform>阶段“%1”中仍有 %n 个进行中的商机；请先移走再归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal needs a customer.</source>
        <translation>商机需要填写客户。</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>商机需要填写名称。</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The expected close date cannot be before the deal was created (%1).</source>
        <translation>预计成交日期不能早于商机的创建日期（%1）。</translation>
    </message>
    <message>
        <source>A lost deal needs a reason.</source>
        <translation>输单需要填写输单原因。</translation>
    </message>
    <message>
        <source>Choose an open stage for the new deal.</source>
        <translation>请为新商机选择一个未归档的阶段。</translation>
    </message>
    <message>
        <source>Deal #%1 entered its current stage on %2; a move cannot be dated before that.</source>
        <translation>商机 #%1 于 %2 进入当前阶段；移动日期不能早于此时间。</translation>
    </message>
    <message>
        <source>Choose an open stage to move the deal to.</source>
        <translation>请选择要移入的未归档阶段。</translation>
    </message>
    <message>
        <source>The deal is already in “%1”.</source>
        <translation>该商机已在“%1”阶段。</translation>
    </message>
    <message>
        <source>The deal is already %1.</source>
        <translation>该商机已经是%1。</translation>
    </message>
    <message>
        <source>Could not restore deal #%1.</source>
        <translation>无法恢复商机 #%1。</translation>
    </message>
    <message>
        <source>Every lost reason needs a name.</source>
        <translation>每个输单原因都需要名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n lost deal(s) give “%1” as the reason; archive it instead of removing it.</source>
        <translation>
            <numerusform>有 %n 个输单以“%1”为原因；请归档而不要删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>不存在客户 #%1。</translation>
    </message>
    <message>
        <source>There is no sales rep #%1.</source>
        <translation>没有 #%1 号销售人员。</translation>
    </message>
    <message>
        <source>The book has no exchange rate for %1: add one (Edit › Preferences, or salesdesk rates set) before entering deals in it.</source>
        <translation>账簿中没有 %1 的汇率：以它录入商机前，请先添加汇率（编辑 › 首选项，或 salesdesk rates set）。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1, for which the book has no exchange rate: they count for nothing in totals until one is set.</source>
        <translation>
            <numerusform>有 %n 个商机以 %1 计价，而账簿中没有它的汇率：设置汇率之前，它们不计入任何合计。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the deal was reversed (cancelled, refunded…).</source>
        <translation>请说明撤销原因（取消、退款……）。</translation>
    </message>
    <message>
        <source>Give the day the deal was reversed.</source>
        <translation>请给出撤销日期。</translation>
    </message>
    <message>
        <source>Deal #%1 is not won; only a won deal can be reversed.</source>
        <translation>商机 #%1 不是赢单；只有赢单才能撤销。</translation>
    </message>
    <message>
        <source>Deal #%1 was won on %2; it cannot be reversed before that.</source>
        <translation>商机 #%1 于 %2 赢单；撤销日期不能早于此日。</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 after your edit, so undoing it would undo theirs as well: it was not undone.</source>
        <translation>“%1”在您编辑之后已被 %2 修改，撤销会连同对方的更改一并撤销，因此未撤销。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>salesdesk::SegmentService</name>
    <message>
        <source>Look back between 1 and 120 months.</source>
        <translation>回溯期须在 1 到 120 个月之间。</translation>
    </message>
    <message>
        <source>The high-value share is more than 0 % and at most 100 %.</source>
        <translation>高价值客户比例须大于 0%、不超过 100%。</translation>
    </message>
    <message>
        <source>High-value customers need at least one won deal.</source>
        <translation>高价值客户至少需要一笔赢单。</translation>
    </message>
    <message>
        <source>A new customer&apos;s days cannot be negative.</source>
        <translation>新客户天数不能为负。</translation>
    </message>
    <message>
        <source>A customer is at risk after at least one usual interval.</source>
        <translation>客户至少超过一个通常间隔才算流失风险。</translation>
    </message>
    <message>
        <source>Every cadence is at least one day.</source>
        <translation>每个联系频率至少一天。</translation>
    </message>
</context>
<context>
    <name>salesdesk::TargetService</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>A target needs a name.</source>
        <translation>目标需要名称。</translation>
    </message>
    <message>
        <source>A target needs a period: a year, quarter, month or week.</source>
        <translation>目标需要期间：年、季度、月或周。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>A win rate cannot be above 100 %.</source>
        <translation>赢单率不能超过 100 %。</translation>
    </message>
    <message>
        <source>Choose the sales rep the target is for.</source>
        <translation>请选择目标所属的销售人员。</translation>
    </message>
    <message>
        <source>Name the team the target is for.</source>
        <translation>请填写目标所属的团队。</translation>
    </message>
    <message>
        <source>Name the product the target is for.</source>
        <translation>请填写目标所属的产品。</translation>
    </message>
    <message>
        <source>“%1” is already split; remove its parts first to split it another way.</source>
        <translation>“%1”已分解；如需换一种分解方式，请先删除其各部分。</translation>
    </message>
    <message>
        <source>A year splits into quarters or months, a quarter into months, a month into weeks.</source>
        <translation>年可分解为季度或月，季度分解为月，月分解为周。</translation>
    </message>
    <message>
        <source>Only a company-wide target splits into reps, teams or products.</source>
        <translation>只有公司整体目标可以分解到销售人员、团队或产品。</translation>
    </message>
    <message>
        <source>No sales rep belongs to a team yet.</source>
        <translation>还没有销售人员属于任何团队。</translation>
    </message>
    <message>
        <source>There is nothing to split it into yet.</source>
        <translation>目前还没有可以分解到的对象。</translation>
    </message>
    <message numerus="yes">
        <source>Give %n number(s), one for each part.</source>
        <translation>
            <numerusform>请给出 %n 个数字，每部分一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights and amounts cannot be negative.</source>
        <translation>权重和金额不能为负数。</translation>
    </message>
    <message>
        <source>The book has no complete year of history for this period yet, so the target was split evenly.</source>
        <translation>账簿中还没有此期间的完整历史年份，因此目标已平均分解。</translation>
    </message>
    <message numerus="yes">
        <source>Split by the shares of the last %n complete year(s).</source>
        <translation>
            <numerusform>按最近 %n 个完整年份的占比分解。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the target changes; the reason is kept in its history.</source>
        <translation>请说明目标为何调整；原因将记入调整记录。</translation>
    </message>
    <message>
        <source>The target is already %1.</source>
        <translation>目标已经是 %1。</translation>
    </message>
    <message>
        <source>Re-spread from “%1”: %2</source>
        <translation>随“%1”重新分摊：%2</translation>
    </message>
    <message>
        <source>Rebalanced after “%1” changed: %2</source>
        <translation>因“%1”调整而重新平衡：%2</translation>
    </message>
    <message>
        <source>Only a target entered by hand takes hand-entered actuals; the others are computed from the book.</source>
        <translation>只有手工录入的目标可以录入实际值；其他目标由账簿数据计算。</translation>
    </message>
    <message>
        <source>%1 for %2, described.</source>
        <translation>%2 的%1，已有说明。</translation>
    </message>
    <message>
        <source>Say in a sentence what the target is about, so everyone reads it the same way.</source>
        <translation>用一句话说明目标内容，让每个人理解一致。</translation>
    </message>
    <message>
        <source>Entered by hand: remember to record the actual as it changes.</source>
        <translation>手工录入：请在实际值变化时及时记录。</translation>
    </message>
    <message>
        <source>Measured from the book&apos;s own deals and activities.</source>
        <translation>由账簿中的商机和销售活动计算。</translation>
    </message>
    <message>
        <source>Serves the objective “%1”.</source>
        <translation>服务于战略目标“%1”。</translation>
    </message>
    <message>
        <source>Link the target to one of the company&apos;s objectives.</source>
        <translation>请把目标关联到公司的某个战略目标。</translation>
    </message>
    <message>
        <source>Runs from %1 to %2.</source>
        <translation>从 %1 到 %2。</translation>
    </message>
    <message>
        <source>Choose the period the target is for.</source>
        <translation>请选择目标的期间。</translation>
    </message>
    <message>
        <source>No history to compare with.</source>
        <translation>没有可比较的历史。</translation>
    </message>
    <message>
        <source>There is no complete same period last year to compare with.</source>
        <translation>没有完整的去年同期可供比较。</translation>
    </message>
    <message>
        <source>Asks for %1 growth on the same period last year; there is not enough history to know the best growth so far.</source>
        <translation>要求比去年同期增长 %1；历史数据不足，无法得知以往的最佳增长。</translation>
    </message>
    <message>
        <source>Asks for %1 growth on the same period last year; the best year-over-year growth on record is %2.</source>
        <translation>要求比去年同期增长 %1；有记录以来的最佳同比增长为 %2。</translation>
    </message>
    <message>
        <source>Asks for %1 growth on the same period last year; the book has done %2 before.</source>
        <translation>要求比去年同期增长 %1；以往曾达到 %2。</translation>
    </message>
    <message>
        <source>A goal of zero asks for nothing: set one above zero.</source>
        <translation>目标为零等于没有要求：请设定大于零的目标。</translation>
    </message>
</context>
<context>
    <name>salesdesk::TeamService</name>
    <message>
        <source>A sales rep needs a name.</source>
        <translation>销售人员需要姓名。</translation>
    </message>
    <message>
        <source>There is no sales rep #%1.</source>
        <translation>没有 #%1 号销售人员。</translation>
    </message>
    <message>
        <source>There is already a sales rep called “%1”.</source>
        <translation>已有名为“%1”的销售人员。</translation>
    </message>
    <message>
        <source>%1 is named on deals, customers or records; mark them as left instead.</source>
        <translation>%1 已出现在商机、客户或记录中；请改为标记为已离职。</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>团队需要名称。</translation>
    </message>
    <message>
        <source>There is already a team called “%1”.</source>
        <translation>已有名为“%1”的团队。</translation>
    </message>
    <message>
        <source>There is no team #%1.</source>
        <translation>没有编号为 #%1 的团队。</translation>
    </message>
    <message>
        <source>A team cannot be under itself or one of its own sub-teams.</source>
        <translation>团队不能隶属于自身或自己的下级团队。</translation>
    </message>
    <message>
        <source>“%1” still has reps or sub-teams; move them first.</source>
        <translation>“%1”还有销售人员或下级团队；请先将其移走。</translation>
    </message>
</context>
<context>
    <name>salesdesk::TrainingService</name>
    <message>
        <source>A training program needs the day it starts.</source>
        <translation>培训计划需要开始日期。</translation>
    </message>
    <message>
        <source>The program ends (%1) before it starts (%2).</source>
        <translation>培训结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Hours and cost cannot be negative.</source>
        <translation>学时和费用不能为负。</translation>
    </message>
    <message>
        <source>An assessment score is from 0 to 100.</source>
        <translation>考核成绩在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>There is no sales rep #%1.</source>
        <translation>没有编号为 #%1 的销售人员。</translation>
    </message>
    <message>
        <source>There is no training program #%1.</source>
        <translation>没有编号为 #%1 的培训计划。</translation>
    </message>
    <message>
        <source>Compare windows of 7 to 730 days.</source>
        <translation>对比窗口为 7 到 730 天。</translation>
    </message>
    <message>
        <source>“%1” ends on %2: its effect can be measured from %3.</source>
        <translation>“%1”于 %2 结束：从 %3 起可以衡量其效果。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ActivitiesView</name>
    <message>
        <source>Which activities</source>
        <translation>显示哪些销售活动</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week (plan by day)</source>
        <translation>本周（每日计划）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未完成</translation>
    </message>
    <message>
        <source>Sales rep filter</source>
        <translation>按销售人员筛选</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>新建销售活动…</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Sales rep:</source>
        <translation>销售人员：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
    <message>
        <source>Show Everyone&apos;s Activities</source>
        <translation>显示所有人的活动</translation>
    </message>
    <message>
        <source>Show All Open Activities</source>
        <translation>显示所有未完成的活动</translation>
    </message>
    <message>
        <source>No activities yet. Plan the calls, visits and meetings that move your deals on: what is due shows here and in the status bar.</source>
        <translation>还没有活动。为推进商机安排电话、拜访和会议：到期的活动会显示在这里和状态栏中。</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>今天没有到期的活动。</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有逾期的活动。</translation>
    </message>
    <message>
        <source>No open activities.</source>
        <translation>没有未完成的活动。</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>本周没有安排任何活动。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ActivityEditor</name>
    <message>
        <source>New Activity</source>
        <translation>新建销售活动</translation>
    </message>
    <message>
        <source>e.g. Call to confirm the budget</source>
        <translation>例如：致电确认预算</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>活动结果</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>销售人员(&amp;R)：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>关联：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ActivityModel</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AdjustTargetDialog</name>
    <message>
        <source>Why the target changes (kept in its history)</source>
        <translation>目标调整的原因（记入调整记录）</translation>
    </message>
    <message>
        <source>Let the other parts absorb the difference</source>
        <translation>由其他部分吸收差额</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>&amp;New target:</source>
        <translation>新目标(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the new target.</source>
        <translation>请输入新的目标值。</translation>
    </message>
    <message>
        <source>Say why the target changes.</source>
        <translation>请说明调整原因。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>Spread the change over its parts (locked and ended parts stay)</source>
        <translation>将变动分摊到各部分（已锁定和已结束的部分保持不变）</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation>（已结束）</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) ended before %1 and keep their figures; the change goes to the parts still running.</source>
        <translation>
            <numerusform>%n 个部分在 %1 之前已结束，保持原值；变动分摊到仍在进行的部分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjust %1</source>
        <translation>调整%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AnalysisView</name>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>&amp;Sales rep:</source>
        <translation>销售人员(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Trend of:</source>
        <translation>趋势指标(&amp;T)：</translation>
    </message>
    <message>
        <source>Score by period</source>
        <translation>各期得分</translation>
    </message>
    <message>
        <source>%1 by period</source>
        <translation>各期%1</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <source>%1 is not on the template&apos;s scorecard: choose a template that weighs it to follow it here.</source>
        <translation>%1 不在该模板的评分卡上：请选择包含它的模板，才能在此跟踪。</translation>
    </message>
    <message>
        <source>Scores are of each period&apos;s scorecard (final ones as finalised); the team average is over the reps with a figure in the period.</source>
        <translation>得分取自各期的评分卡（已定稿的按定稿时的数据）；团队平均只计该期有数据的销售人员。</translation>
    </message>
    <message>
        <source>KPI scores in %1 against the team average</source>
        <translation>%1 各项 KPI 得分与团队平均对比</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::BoardView</name>
    <message>
        <source>Won (30 days)</source>
        <translation>赢单（近 30 天）</translation>
    </message>
    <message>
        <source>Lost (30 days)</source>
        <translation>输单（近 30 天）</translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>加权 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s), total %2, weighted by win probability %3</source>
        <translation>
            <numerusform>%1：%Ln 个商机，合计 %2，按赢单概率加权 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CareerStepDialog</name>
    <message>
        <source>Give %1 an Award</source>
        <translation>给 %1 颁奖</translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation>晋升 %1</translation>
    </message>
    <message>
        <source>e.g. Top seller of the quarter</source>
        <translation>例如：季度销售冠军</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>奖项(&amp;A)：</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>新职级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CommissionView</name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>计发方式</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>定额</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>计入业绩</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>SPIFFs &amp; bonus</source>
        <translation>专项奖励与奖金</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>提成追回</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细项</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>成交日</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>How</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>New Incentive &amp;Plan…</source>
        <translation>新建提成方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit Incentive P&amp;lan…</source>
        <translation>编辑提成方案(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Settle Period…</source>
        <translation>结算本期(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport Statements…</source>
        <translation>导出提成明细(&amp;X)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incentive plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;提成方案&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Commission statements of&lt;/b&gt;</source>
        <translation>&lt;b&gt;提成明细，期间&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 起 %1</translation>
    </message>
    <message>
        <source>revenue target</source>
        <translation>销售额目标</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>无定额</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Settled %1</source>
        <translation>已结算 %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%1 runs until %2; it can be settled once it is over.</source>
        <translation>%1 到 %2 才结束；结束后才能结算。</translation>
    </message>
    <message>
        <source>Store the period&apos;s statements as they are: settled statements never change.</source>
        <translation>按当前结果保存本期提成明细：已结算的明细永不改变。</translation>
    </message>
    <message>
        <source>No incentive plans yet. Add one with New Incentive Plan and choose the reps it pays; their statements appear here.</source>
        <translation>还没有提成方案。用“新建提成方案”添加一个并选择适用的销售人员，他们的提成明细会显示在这里。</translation>
    </message>
    <message>
        <source>No sales rep is on a plan.</source>
        <translation>没有销售人员适用方案。</translation>
    </message>
    <message>
        <source>%1&apos;s statement for %2: every line, with how it was computed.</source>
        <translation>%1 在 %2 的提成明细：每一项及其计算方式。</translation>
    </message>
    <message>
        <source>Settle %1</source>
        <translation>结算 %1</translation>
    </message>
    <message numerus="yes">
        <source>Settle %1 for %n reps, paying %2 in all?</source>
        <translation>
            <numerusform>为 %n 名销售人员结算 %1，共发放 %2？</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled statements are stored as they are and never change, not even by Undo. A deal reversed later is taken back in the period of its reversal.</source>
        <translation>已结算的明细按原样保存，永不改变，撤销操作也不能改变。之后撤销的赢单，在撤销所在期间追回提成。</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>提成 %1</translation>
    </message>
    <message>
        <source>Export Statements</source>
        <translation>导出提成明细</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CompetitorDialog</name>
    <message>
        <source>Competitor %1</source>
        <translation>竞争对手 %1</translation>
    </message>
    <message>
        <source>New Competitor</source>
        <translation>新建竞争对手</translation>
    </message>
    <message>
        <source>e.g. Cloud subscriptions for retailers</source>
        <translation>如：面向零售商的云订阅</translation>
    </message>
    <message>
        <source>e.g. ¥300 a user a month</source>
        <translation>如：每用户每月 ¥300</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rices:</source>
        <translation>价格(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;ositioning:</source>
        <translation>市场定位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>市场策略(&amp;S)：</translation>
    </message>
    <message>
        <source>Stren&amp;gths:</source>
        <translation>优势(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Weaknesses:</source>
        <translation>劣势(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Threat:</source>
        <translation>威胁程度(&amp;T)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CompetitorShareDialog</name>
    <message>
        <source>Competitor&apos;s Share of the Market</source>
        <translation>竞争对手的市场份额</translation>
    </message>
    <message>
        <source>2026 or 2026Q3</source>
        <translation>2026 或 2026Q3</translation>
    </message>
    <message>
        <source>The whole market; or a product&apos;s name</source>
        <translation>整个市场；或产品名称</translation>
    </message>
    <message>
        <source>e.g. Industry association report 2026</source>
        <translation>如：2026 年行业协会报告</translation>
    </message>
    <message>
        <source>&amp;Competitor:</source>
        <translation>竞争对手(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <translation>细分市场(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>份额(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Write the period as a year (2026) or a quarter (2026Q3).</source>
        <translation>期间请写作年份（2026）或季度（2026Q3）。</translation>
    </message>
    <message>
        <source>Add the competitor to the register first.</source>
        <translation>请先把该竞争对手加入登记册。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CompetitorsView</name>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>威胁程度</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>输掉的金额</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>市场定位</translation>
    </message>
    <message>
        <source>New &amp;Competitor…</source>
        <translation>新建竞争对手(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit Competitor…</source>
        <translation>编辑竞争对手…</translation>
    </message>
    <message>
        <source>Remove Competitor</source>
        <translation>删除竞争对手</translation>
    </message>
    <message>
        <source>No competitors yet. Add one, or name them on a deal (Competitors field): a name the register does not have is added to it.</source>
        <translation>还没有竞争对手。可以新建，或在商机的“竞争对手”一栏填写：登记册中没有的名称会自动加入。</translation>
    </message>
    <message>
        <source>The deals that name each competitor and closed from %1 to %2, and those still open; the value lost is of the deals lost while they were in the running.</source>
        <translation>提到各竞争对手并在 %1 至 %2 之间结束的商机，以及仍在进行的商机；输掉的金额是它们参与竞争时输掉的商机金额。</translation>
    </message>
    <message>
        <source>Cannot Remove Competitor</source>
        <translation>无法删除竞争对手</translation>
    </message>
    <message>
        <source>Select a competitor to see its profile, why deals were lost to it and its record by quarter.</source>
        <translation>选择一家竞争对手，即可看到其资料、输给它的原因以及按季度的输赢记录。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>市场策略</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n deal(s))</source>
        <translation>
            <numerusform>%1（%n 个商机）</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost to them: %1</source>
        <translation>输给它的原因：%1</translation>
    </message>
    <message>
        <source>Won and lost against %1 by quarter</source>
        <translation>按季度与 %1 竞争的赢单与输单</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CustomerDetail</name>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deals&lt;/b&gt;</source>
        <translation>&lt;b&gt;商机&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <source>looked after by %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Contact: %1 · %2 · %3</source>
        <translation>联系人：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Segment: &lt;b&gt;%1&lt;/b&gt;%2 · R-F-M %3-%4-%5</source>
        <translation>客户分类：&lt;b&gt;%1&lt;/b&gt;%2 · R-F-M %3-%4-%5</translation>
    </message>
    <message>
        <source> (at risk)</source>
        <translation>（有流失风险）</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value &lt;b&gt;%1&lt;/b&gt; in %n purchase(s)</source>
        <translation>
            <numerusform>客户价值 &lt;b&gt;%1&lt;/b&gt;，共购买 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2, average %3</source>
        <translation>首次 %1，最近 %2，平均 %3</translation>
    </message>
    <message numerus="yes">
        <source>Next contact due %1 (every %n day(s))</source>
        <translation>
            <numerusform>下次跟进 %1（每 %n 天一次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction %1 / 5 from %n piece(s) of feedback</source>
        <translation>
            <numerusform>满意度 %1 / 5（来自 %n 条反馈）</numerusform>
        </translation>
    </message>
    <message>
        <source>WeChat %1</source>
        <translation>微信 %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>其他联系人：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation>（计划）</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>to do: %1</source>
        <translation>待办：%1</translation>
    </message>
    <message>
        <source>Feedback %1/5</source>
        <translation>反馈 %1/5</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Double-click to edit the feedback</source>
        <translation>双击编辑该反馈</translation>
    </message>
    <message>
        <source>Archived on %1: out of the lists and follow-ups, still in every figure.</source>
        <translation>已于 %1 归档：不再出现在列表和待跟进中，但仍计入所有数据。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CustomerEditor</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Referral, trade fair, website…</source>
        <translation>转介绍、展会、网站…</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Preferences, habits, what to remember when serving them</source>
        <translation>偏好、习惯、服务时需要记住的事</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Looked after by:</source>
        <translation>负责人(&amp;L)：</translation>
    </message>
    <message>
        <source>Personal &amp;service:</source>
        <translation>个性化服务(&amp;S)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>删除联系人(&amp;R)</translation>
    </message>
    <message>
        <source>The primary contact is the one shown on deals.</source>
        <translation>主要联系人会显示在商机上。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Remind days ahead</source>
        <translation>提前几天提醒</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add &amp;Date</source>
        <translation>添加日期(&amp;D)</translation>
    </message>
    <message>
        <source>Remove D&amp;ate</source>
        <translation>删除日期(&amp;A)</translation>
    </message>
    <message>
        <source>Renewals, birthdays and anniversaries appear under Follow-ups as they come near.</source>
        <translation>续约、生日和纪念日临近时会出现在“待跟进”中。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message numerus="yes">
        <source>As its segment (%n day(s))</source>
        <translation>
            <numerusform>按所属分类（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed from the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <source>Why this customer belongs in another segment</source>
        <translation>为什么该客户应归入其他分类</translation>
    </message>
    <message>
        <source>&amp;Contact every:</source>
        <translation>联系频率(&amp;C)：</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>客户分类(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation>原因(&amp;B)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Key Dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Communication Plan</source>
        <translation>沟通计划</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CustomerModel</name>
    <message>
        <source>%1 · at risk</source>
        <translation>%1 · 有流失风险</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Recency %1, frequency %2, value %3 (1–5, 5 best)</source>
        <translation>最近购买 %1、购买频率 %2、购买金额 %3（1–5 分，5 为最好）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>R-F-M</source>
        <translation>R-F-M</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message numerus="yes">
        <source>Value (%n month(s))</source>
        <translation>
            <numerusform>金额（%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>已归档 %1</translation>
    </message>
    <message>
        <source>The next contact is due one cadence after the last done activity with the customer (or after the customer was added): high-value every %1 days, potential every %2, general every %3, or the customer&apos;s own.</source>
        <translation>下次跟进在与客户最后一次完成的销售活动（没有时为客户添加之日）之后一个联系周期到期：高价值客户每 %1 天，潜力客户每 %2 天，一般客户每 %3 天，或客户自己的周期。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CustomersPage</name>
    <message>
        <source>Search name, contact, phone, email…</source>
        <translation>搜索名称、联系人、电话、邮箱…</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>按客户分类筛选</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Due for a contact</source>
        <translation>到期需跟进</translation>
    </message>
    <message>
        <source>All Customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into Another Customer…</source>
        <translation>合并到其他客户(&amp;M)…</translation>
    </message>
    <message>
        <source>Move this customer&apos;s deals, contacts and history to another customer and remove this one</source>
        <translation>把该客户的商机、联系人和历史移到另一个客户，并删除该客户</translation>
    </message>
    <message>
        <source>Customer Not Added</source>
        <translation>未能添加客户</translation>
    </message>
    <message>
        <source>Customer Not Found</source>
        <translation>找不到客户</translation>
    </message>
    <message>
        <source>Customer Not Saved</source>
        <translation>未能保存客户</translation>
    </message>
    <message>
        <source>Type the name of the customer to keep</source>
        <translation>输入要保留的客户名称</translation>
    </message>
    <message>
        <source>The deals, contacts, activities, feedback and key dates of “%1” move to the customer you name, which keeps its own name and fills its empty fields from “%1”. “%1” is then removed. Edit › Undo separates them again.</source>
        <translation>“%1”的商机、联系人、销售活动、反馈和重要日期将移到你指定的客户；该客户保留自己的名称，空白字段用“%1”的资料补全。随后删除“%1”。用“编辑 › 撤销”可以再把它们分开。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Customers Not Merged</source>
        <translation>未能合并客户</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>负责人筛选</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>地区筛选</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>添加客户反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Record what a customer said and how satisfied they are</source>
        <translation>记录客户的意见和满意度</translation>
    </message>
    <message>
        <source>Feedback Not Saved</source>
        <translation>未能保存客户反馈</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a call, visit or message with the customer</source>
        <translation>记录与该客户的电话、拜访或消息</translation>
    </message>
    <message>
        <source>&amp;Delete Customer</source>
        <translation>删除客户(&amp;D)</translation>
    </message>
    <message>
        <source>Customer Not Deleted</source>
        <translation>未删除客户</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并%1</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>清除搜索和筛选(&amp;C)</translation>
    </message>
    <message>
        <source>No customers yet. Add them one by one, or import a list; a customer is also added with their first deal.</source>
        <translation>还没有客户。可以逐个添加，也可以导入名单；新建商机时也会同时添加客户。</translation>
    </message>
    <message>
        <source>No customer matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的客户。</translation>
    </message>
    <message>
        <source>&amp;Archive Customer</source>
        <translation>归档客户(&amp;A)</translation>
    </message>
    <message>
        <source>Hide the customer from the lists, follow-ups and calendar; its deals and history still count in every figure, and it can be restored</source>
        <translation>在列表、待跟进和日历中隐藏该客户；其商机和历史仍计入所有数据，并可随时恢复</translation>
    </message>
    <message>
        <source>Archived too</source>
        <translation>含已归档</translation>
    </message>
    <message>
        <source>List archived customers as well, greyed</source>
        <translation>同时列出已归档的客户（灰色显示）</translation>
    </message>
    <message>
        <source>Show Archived Customers</source>
        <translation>显示已归档的客户</translation>
    </message>
    <message>
        <source>Customer Not Changed</source>
        <translation>客户未更改</translation>
    </message>
    <message>
        <source>&amp;Restore Customer</source>
        <translation>恢复客户(&amp;R)</translation>
    </message>
    <message>
        <source>Every customer is archived.</source>
        <translation>所有客户都已归档。</translation>
    </message>
    <message>
        <source>Customer Changed by Someone Else</source>
        <translation>客户已被他人修改</translation>
    </message>
    <message>
        <source>Apply your changes on top of theirs (what you both changed takes yours), or reload the customer to see theirs and start again.</source>
        <translation>可将您的更改应用在对方的更改之上（双方都改过的字段以您的为准），或重新载入客户查看对方的更改后重新编辑。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardPage</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>the period before</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>the same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation>销售人员：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Every product</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>计算用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1（满分 5）</translation>
    </message>
    <message>
        <source>%1 % of the %2 target</source>
        <translation>达到 %2 目标的 %1 %</translation>
    </message>
    <message>
        <source>No target for exactly this period</source>
        <translation>本期没有对应的目标</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>输单 %1 个</translation>
    </message>
    <message>
        <source>of %1 closed</source>
        <translation>共结束 %1 个</translation>
    </message>
    <message>
        <source>of %1 open</source>
        <translation>进行中共 %1</translation>
    </message>
    <message>
        <source>%1 done in the period</source>
        <translation>本期完成 %1 项</translation>
    </message>
    <message>
        <source>%1 new deals</source>
        <translation>新增商机 %1 个</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Revenue by month against target</source>
        <translation>各月销售额与目标</translation>
    </message>
    <message>
        <source>No deals won in %1 yet.</source>
        <translation>%1还没有赢单。</translation>
    </message>
    <message>
        <source>Deals reaching the stage</source>
        <translation>到达该阶段的商机</translation>
    </message>
    <message>
        <source>Funnel (whole company)</source>
        <translation>销售漏斗（全公司）</translation>
    </message>
    <message>
        <source>No deal moved through the stages in %1.</source>
        <translation>%1没有商机经过各阶段。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Open pipeline by stage at %1</source>
        <translation>%1 各阶段进行中商机</translation>
    </message>
    <message>
        <source>No deal was open then.</source>
        <translation>当时没有进行中的商机。</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Deals won and lost by month</source>
        <translation>各月赢单与输单</translation>
    </message>
    <message>
        <source>No deal was won or lost in %1 yet.</source>
        <translation>%1还没有赢单或输单。</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>No deal was lost in %1.</source>
        <translation>%1没有输单。</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>各分类客户数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <source>Top reps by revenue</source>
        <translation>销售额排名前列的销售人员</translation>
    </message>
    <message>
        <source>Revenue by product</source>
        <translation>各产品销售额</translation>
    </message>
    <message>
        <source>won in %1</source>
        <translation>在%1赢单</translation>
    </message>
    <message>
        <source>won or lost in %1</source>
        <translation>在%1赢单或输单</translation>
    </message>
    <message>
        <source>open at %1</source>
        <translation>在 %1 进行中</translation>
    </message>
    <message>
        <source>lost in %1</source>
        <translation>在%1输单</translation>
    </message>
    <message>
        <source>in %1 at %2</source>
        <translation>%2 处于%1阶段</translation>
    </message>
    <message>
        <source>lost in %1 for this reason</source>
        <translation>在%1因此原因输单</translation>
    </message>
    <message>
        <source>won by %1 in %2</source>
        <translation>由%1在%2赢单</translation>
    </message>
    <message>
        <source>of %1 won in %2</source>
        <translation>产品%1在%2赢单</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义日期范围…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of days: %1 the first, %2 the last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>of the recorded market size</source>
        <translation>占记录的市场规模</translation>
    </message>
    <message>
        <source>No market size for exactly this period</source>
        <translation>本期间没有记录市场规模</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Forecast %1 of the %2 target</source>
        <translation>预测 %1，目标 %2</translation>
    </message>
    <message>
        <source>Forecast %1 for the period</source>
        <translation>本期预测 %1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealCardDelegate</name>
    <message>
        <source>Idle</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date on a deal card</comment>
        <translation>M月d日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>time in the current stage</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealColumns</name>
    <message numerus="yes">
        <source>No progress for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天无进展</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step date</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>产品或服务</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealEditor</name>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>e.g. ERP licence for 50 users</source>
        <translation>例如：50 用户 ERP 许可</translation>
    </message>
    <message>
        <source>Type a name; a new customer is created if needed</source>
        <translation>输入名称；如为新客户将自动创建</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>e.g. Send the revised quotation</source>
        <translation>例如：发送修改后的报价</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>金额(&amp;V)：</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>预计成交日期(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>输单原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Lost note:</source>
        <translation>输单说明：</translation>
    </message>
    <message>
        <source>After-sales service:</source>
        <translation>售后服务：</translation>
    </message>
    <message>
        <source>Win &amp;probability:</source>
        <translation>赢单概率(&amp;P)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>Pro&amp;duct or service:</source>
        <translation>产品或服务(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <source>Next step &amp;date:</source>
        <translation>下一步日期(&amp;D)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter the value as a number, e.g. 12000 or 12000%1.</source>
        <translation>请以数字填写金额，例如 12000 或 12000%1。</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Another currency counts in every total at its exchange rate (Edit › Preferences).</source>
        <translation>其他币种按其汇率计入所有合计（编辑 › 首选项）。</translation>
    </message>
    <message>
        <source>Counts as %1 in every total.</source>
        <translation>在各项合计中按 %1 计算。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Split &amp;Credit…</source>
        <translation>分配业绩(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reverse Won Deal…</source>
        <translation>撤销赢单(&amp;R)…</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>名称，用 ; 分隔</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>竞争对手(&amp;M)：</translation>
    </message>
    <message>
        <source>How sure you are that the deal closes by its expected close: commit (you stake your word on it), best case (it could), pipeline (too early to tell) or omitted (not this period).</source>
        <translation>您有多大把握在预计成交日期前成交：承诺（您担保能成）、最佳情况（有可能）、管道（现在还说不准）或排除（不在本期）。</translation>
    </message>
    <message>
        <source>&amp;Forecast category:</source>
        <translation>预测类别(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealListView</name>
    <message>
        <source>Search title, customer, owner, product…</source>
        <translation>搜索名称、客户、负责人、产品…</translation>
    </message>
    <message>
        <source>Search deals</source>
        <translation>搜索商机</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>全部商机</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>按阶段筛选</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>清除搜索和筛选(&amp;C)</translation>
    </message>
    <message>
        <source>← &amp;Back to Dashboard</source>
        <translation>← 返回总览(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the dashboard (%1)</source>
        <translation>返回总览（%1）</translation>
    </message>
    <message>
        <source>Show &amp;All Deals</source>
        <translation>显示全部商机(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>The %n deal(s) %1, from the dashboard.</source>
        <translation>
            <numerusform>来自总览：%1的 %n 个商机。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EmptyState</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EnvironmentView</name>
    <message>
        <source>New &amp;Environment Factor…</source>
        <translation>新建环境因素(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit Environment Factor…</source>
        <translation>编辑环境因素…</translation>
    </message>
    <message>
        <source>Remove Environment Factor</source>
        <translation>删除环境因素</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>到期需复核</translation>
    </message>
    <message>
        <source>Impact × likelihood</source>
        <translation>影响程度 × 可能性</translation>
    </message>
    <message>
        <source>For us</source>
        <translation>有利</translation>
    </message>
    <message>
        <source>Against us</source>
        <translation>不利</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Cannot Remove Environment Factor</source>
        <translation>无法删除环境因素</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FactorDialog</name>
    <message>
        <source>Environment Factor %1</source>
        <translation>环境因素 %1</translation>
    </message>
    <message>
        <source>New Environment Factor</source>
        <translation>新建环境因素</translation>
    </message>
    <message>
        <source>e.g. Interest rates falling</source>
        <translation>如：利率下行</translation>
    </message>
    <message>
        <source>+2 strongly for us</source>
        <translation>+2 非常有利</translation>
    </message>
    <message>
        <source>+1 for us</source>
        <translation>+1 有利</translation>
    </message>
    <message>
        <source>0 neither</source>
        <translation>0 中性</translation>
    </message>
    <message>
        <source>−1 against us</source>
        <translation>−1 不利</translation>
    </message>
    <message>
        <source>−2 strongly against us</source>
        <translation>−2 非常不利</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>影响程度(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>可能性(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>时间范围(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Noted on:</source>
        <translation>记录日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>复核日期(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FeedbackDialog</name>
    <message>
        <source>Feedback from %1</source>
        <translation>来自 %1 的反馈</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户说了什么</translation>
    </message>
    <message>
        <source>What we will do about it (optional)</source>
        <translation>我们将如何处理（可选）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>反馈人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Would recommend (0–10):</source>
        <translation>推荐意愿 0–10(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Said:</source>
        <translation>内容(&amp;S)：</translation>
    </message>
    <message>
        <source>Follow-up &amp;action:</source>
        <translation>跟进措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FollowUpsView</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a call, visit or message that happened, with its outcome</source>
        <translation>记录已发生的电话、拜访或消息及其结果</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>安排(&amp;S)…</translation>
    </message>
    <message>
        <source>Plan the next contact as an activity</source>
        <translation>把下一次联系安排为销售活动</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue; every %1 days</source>
        <translation>
            <numerusform>逾期 %n 天；每 %1 天联系一次</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>每 %1 天联系一次</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>今天到期（%1）</translation>
    </message>
    <message>
        <source>Due later this week (%1)</source>
        <translation>本周稍后到期（%1）</translation>
    </message>
    <message>
        <source>Key dates coming up (%1)</source>
        <translation>即将到来的重要日期（%1）</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today, %3 later this week.</source>
        <translation>逾期 %1 位，今天到期 %2 位，本周稍后 %3 位。</translation>
    </message>
    <message>
        <source>Contact Not Logged</source>
        <translation>未能记录联系</translation>
    </message>
    <message>
        <source>Follow-up with %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <source>Schedule a Contact</source>
        <translation>安排联系</translation>
    </message>
    <message>
        <source>Contact Not Scheduled</source>
        <translation>未能安排联系</translation>
    </message>
    <message>
        <source>No customers yet: who to contact next shows here once there are some.</source>
        <translation>还没有客户：有了客户之后，接下来该联系谁会显示在这里。</translation>
    </message>
    <message>
        <source>Nobody to contact this week: every customer was contacted within their segment&apos;s cadence, and no key date is near.</source>
        <translation>本周没有需要联系的客户：每位客户都已按其客户分层的联系周期联系过，近期也没有关键日期。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ForecastView</name>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source> ahead</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation>预测：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>80% 预测区间</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 预测区间</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>收入目标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>整个公司</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>销售人员：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Computing the forecast…</source>
        <translation>正在计算预测…</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>模型：%1。</translation>
    </message>
    <message>
        <source>%1 (MASE %2)</source>
        <translation>%1（MASE %2）</translation>
    </message>
    <message>
        <source>Chosen automatically, the best backtest of %1.</source>
        <translation>自动选择：在 %1 中回测最佳。</translation>
    </message>
    <message numerus="yes">
        <source>Backtest over the last %n origin(s), %1 ahead: MASE %2 (seasonal naive %3; below 1 beats it), sMAPE %4 %.</source>
        <translation>
            <numerusform>回测（最近 %n 个起点，向前 %1 期）：MASE %2（季节性朴素法 %3；小于 1 即胜过它），sMAPE %4%。</numerusform>
        </translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>%1 (running, %2 so far)</source>
        <translation>%1（进行中，目前 %2）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>设定值</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>历史赢单率</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>已结束商机</translation>
    </message>
    <message>
        <source>Of the closed deals that reached each stage (or a later one), the share that was won, beside the probability the stage is set to.</source>
        <translation>到达各阶段（或更后阶段）的已结束商机中赢单的比例，与该阶段设定的概率并列。</translation>
    </message>
    <message>
        <source>Pipeline forecast of %1</source>
        <translation>%1 的管道预测</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Won + commit (the reps&apos; call)</source>
        <translation>赢单 + 承诺（销售人员的预测）</translation>
    </message>
    <message>
        <source>Won + commit + best case</source>
        <translation>赢单 + 承诺 + 最佳情况</translation>
    </message>
    <message>
        <source>Won + weighted by stage</source>
        <translation>赢单 + 按阶段加权</translation>
    </message>
    <message>
        <source>Won + weighted by learned win rates</source>
        <translation>赢单 + 按历史赢单率加权</translation>
    </message>
    <message>
        <source>Slipped (expected close past, still open)</source>
        <translation>已延误（预计成交日期已过、仍在进行）</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1</source>
        <translation>
            <numerusform>%n 个商机，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>too few</source>
        <translation>数据太少</translation>
    </message>
    <message>
        <source>What each rep on staff turned out in the last (up to four) finished periods, times the reps on staff now: the demand the team can meet at its recent pace.</source>
        <translation>最近（至多四个）已结束周期中每位在职销售人员的产出，乘以目前在职人数：按近期节奏团队能满足的需求。</translation>
    </message>
    <message>
        <source>Supply: no rep was on staff in the periods measured.</source>
        <translation>供给：所测周期内没有在职销售人员。</translation>
    </message>
    <message numerus="yes">
        <source>Supply: a rep on staff turned out %1 a month over the last %n month(s); the %2 on staff now, about %3 a month.</source>
        <translation>
            <numerusform>供给：最近 %n 个月每位在职销售人员每月完成 %1；目前在职 %2 人，每月约 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supply: a rep on staff turned out %1 a quarter over the last %n quarter(s); the %2 on staff now, about %3 a quarter.</source>
        <translation>
            <numerusform>供给：最近 %n 个季度每位在职销售人员每季度完成 %1；目前在职 %2 人，每季度约 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The forecast of %1 (%2) asks %3 % of that.</source>
        <translation>%1 的预测（%2）需要其中的 %3 %。</translation>
    </message>
    <message>
        <source>More than the team has been turning out: hire, or raise what each rep closes.</source>
        <translation>超出团队近期的产出：需要招人，或提高每位销售人员的成交。</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>客户分类：%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FunnelModel</name>
    <message>
        <source>%1 — bottleneck</source>
        <translation>%1 — 瓶颈</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>金额（%1）</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FunnelView</name>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Deals created:</source>
        <translation>商机创建于：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created in this range: &lt;b&gt;%2&lt;/b&gt; won, &lt;b&gt;%3&lt;/b&gt; lost, win rate &lt;b&gt;%4 %&lt;/b&gt;. Bottleneck: &lt;b style=&apos;color:#c0392b&apos;&gt;%5&lt;/b&gt;.</source>
        <translation>此范围内创建的商机 &lt;b&gt;%1&lt;/b&gt; 个：赢单 &lt;b&gt;%2&lt;/b&gt; 个，输单 &lt;b&gt;%3&lt;/b&gt; 个，赢单率 &lt;b&gt;%4 %&lt;/b&gt;。瓶颈：&lt;b style=&apos;color:#c0392b&apos;&gt;%5&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s) reached it, %2 went on (%3 %)</source>
        <translation>
            <numerusform>%1：%n 个商机到达此阶段，%2 个继续推进（%3 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All Time</source>
        <translation>显示全部时间</translation>
    </message>
    <message>
        <source>No deals yet. The funnel shows how the deals created in a period went on from stage to stage, and where most of them stop.</source>
        <translation>还没有商机。漏斗显示一段时间内新建的商机如何逐阶段推进，以及大多停在哪个阶段。</translation>
    </message>
    <message>
        <source>No deals were created in this range.</source>
        <translation>此时间范围内没有新建的商机。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>A CSV or TSV file exported from a spreadsheet or a CRM</source>
        <translation>从表格或 CRM 导出的 CSV 或 TSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel on Chinese Windows)</source>
        <translation>GB18030 / GBK（中文 Windows 上的 Excel）</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>用文件中的值更新</translation>
    </message>
    <message>
        <source>Import them as new records</source>
        <translation>作为新记录导入</translation>
    </message>
    <message>
        <source>Import the valid rows and save the invalid ones to a rejects file</source>
        <translation>导入有效行，无效行另存为拒绝文件</translation>
    </message>
    <message>
        <source>Off: one invalid row and nothing is imported.</source>
        <translation>不勾选时：只要有一行无效，就什么都不导入。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>导入为(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>来源程序(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Rows already in the &amp;book:</source>
        <translation>账簿中已有的行(&amp;B)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Stage in the file</source>
        <translation>文件中的阶段</translation>
    </message>
    <message>
        <source>Stage in SalesDesk</source>
        <translation>SalesDesk 中的阶段</translation>
    </message>
    <message>
        <source>Stages the book does not have</source>
        <translation>账簿中没有的阶段</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <source>&amp;Check Rows</source>
        <translation>检查各行(&amp;C)</translation>
    </message>
    <message>
        <source>A dry run: says what the import would do, writes nothing.</source>
        <translation>试运行：说明导入将做什么，不写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1, separated by %2; looks like an export of %3.</source>
        <translation>
            <numerusform>%n 行，%1，以%2分隔；看起来是 %3 的导出文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>请选择“%1”所在的列。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-被拒绝</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Rejected Rows Not Saved</source>
        <translation>被拒绝的行未保存</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>从 %2 导入%1</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped as already in the book, %5 rejected.</source>
        <translation>共 %1 行：新建 %2，更新 %3，因已在账簿中而跳过 %4，拒绝 %5。</translation>
    </message>
    <message>
        <source>The dates in %1 can be read day first or month first; choose under Dates.</source>
        <translation>“%1”中的日期既可读作日在前，也可读作月在前；请在“日期”中选择。</translation>
    </message>
    <message>
        <source>Choose a stage for each stage the book does not have.</source>
        <translation>请为账簿中没有的每个阶段选择对应阶段。</translation>
    </message>
    <message>
        <source>As it stands nothing would be imported: fix these rows, or import only the valid ones.</source>
        <translation>按现在的情况不会导入任何内容：请修正这些行，或只导入有效行。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows, or import only the valid ones.</source>
        <translation>未导入任何内容：请修正这些行，或只导入有效行。</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Exchange Rate</source>
        <translation>汇率</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the currency of %n row(s) of the file, and the book has no rate for it.
How many %2 is 1 %1 worth? (Used from today on; change it later in Edit › Preferences.)</source>
        <translation>
            <numerusform>文件中有 %n 行以 %1 计价，而账簿中没有它的汇率。
1 %1 值多少 %2？（自今天起使用；以后可在 编辑 › 首选项 中修改。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in %1 need an exchange rate; Import asks for it.</source>
        <translation>以 %1 计价的行需要汇率；点击“导入”时会询问。</translation>
    </message>
    <message>
        <source>Import again to give the rates, or set them in Edit › Preferences.</source>
        <translation>再次导入以给出汇率，或在 编辑 › 首选项 中设置。</translation>
    </message>
    <message>
        <source>If the book&apos;s figures are all in %1, make it the home currency instead (File › Properties).</source>
        <translation>如果账簿的金额都以 %1 计价，也可以改用它作为本位币（文件 › 属性）。</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to import</source>
        <translation>要导入的工作簿工作表</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1; looks like an export of %2.</source>
        <translation>
            <numerusform>%Ln 行，%1；看起来是 %2 的导出文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.xlsx *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格和导出文件 (*.xlsx *.xls *.ods *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::KpiTile</name>
    <message>
        <source>Click to see the deals behind it.</source>
        <translation>点击查看构成该数字的商机。</translation>
    </message>
    <message>
        <source>– vs %1</source>
        <translation>– 对比%1</translation>
    </message>
    <message>
        <source>%1 %2 % vs %3</source>
        <translation>%1 %2 % 对比%3</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::LadderDialog</name>
    <message>
        <source>Career Ladder</source>
        <translation>职级体系</translation>
    </message>
    <message>
        <source>The levels of your sales career, lowest first. For each, what a rep needs to be considered: months with the company and the average revenue attainment of the last four quarters. Leave a row&apos;s name empty to drop it.</source>
        <translation>销售职级从低到高排列。每一级列出候选条件：在公司的月数，以及最近四个季度销售额的平均达成率。清空某行名称即可删除该级。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Months with us</source>
        <translation>司龄（月）</translation>
    </message>
    <message>
        <source>Attainment (%)</source>
        <translation>达成率（%）</translation>
    </message>
    <message>
        <source>Other criteria</source>
        <translation>其他条件</translation>
    </message>
    <message>
        <source>Months with us is a whole number (“%1”).</source>
        <translation>司龄月数必须是整数（“%1”）。</translation>
    </message>
    <message>
        <source>Attainment is a percentage such as 100 (“%1”).</source>
        <translation>达成率是百分比，例如 100（“%1”）。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::LogContactDialog</name>
    <message>
        <source>Log a Contact with %1</source>
        <translation>记录与 %1 的联系</translation>
    </message>
    <message>
        <source>Regular contact</source>
        <translation>例行联系</translation>
    </message>
    <message>
        <source>What was agreed, what they need, how they sounded</source>
        <translation>谈妥了什么、客户需要什么、态度如何</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>销售人员(&amp;R)：</translation>
    </message>
    <message>
        <source>Log Contact</source>
        <translation>记录联系</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::LostReasonDialog</name>
    <message>
        <source>Optional: what happened</source>
        <translation>可选：发生了什么</translation>
    </message>
    <message numerus="yes">
        <source>Why was the deal lost?</source>
        <translation>
            <numerusform>为什么输单？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Mark %1 as Lost</source>
        <translation>将%1标记为输单</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Deal(s) as Lost</source>
        <translation>
            <numerusform>将 %n 个商机标记为输单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MainWindow</name>
    <message>
        <source>SalesDesk data files (*.salesdesk)</source>
        <translation>SalesDesk 数据文件 (*.salesdesk)</translation>
    </message>
    <message>
        <source>&amp;New Company File…</source>
        <translation>新建公司文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>属性(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About SalesDesk</source>
        <translation>关于 SalesDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>销售过程(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>SalesDesk</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>%1 — %2 — SalesDesk</source>
        <translation>%1 — %2 — SalesDesk</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Create File</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Updated the file to this version of SalesDesk; the old version is kept as %1.</source>
        <translation>已将文件更新到当前版本的 SalesDesk；旧版本保存为 %1。</translation>
    </message>
    <message>
        <source>New Company File</source>
        <translation>新建公司文件</translation>
    </message>
    <message>
        <source>New company.salesdesk</source>
        <translation>新公司.salesdesk</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name; SalesDesk does not overwrite company files.</source>
        <translation>“%1”已存在。请换一个名称；SalesDesk 不会覆盖公司文件。</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>打开公司文件</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 copy %2.salesdesk</source>
        <translation>%1 副本 %2.salesdesk</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>无法另存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>已将副本保存为 %1。</translation>
    </message>
    <message>
        <source>Company Properties</source>
        <translation>公司属性</translation>
    </message>
    <message>
        <source>About SalesDesk</source>
        <translation>关于 SalesDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SalesDesk %1&lt;/h3&gt;&lt;p&gt;Offline sales strategy for small businesses: targets, pipeline, team, customers, market and performance, in one file per company.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SalesDesk %1&lt;/h3&gt;&lt;p&gt;面向小企业的离线销售策略工具：销售目标、销售过程、销售团队、客户关系、市场分析与销售绩效评估，每个公司一个文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New &amp;Demo Company…</source>
        <translation>新建演示公司(&amp;D)…</translation>
    </message>
    <message>
        <source>Try SalesDesk on a made-up company with a few years of deals</source>
        <translation>用一家虚构公司几年的商机数据试用 SalesDesk</translation>
    </message>
    <message>
        <source>New Demo Company</source>
        <translation>新建演示公司</translation>
    </message>
    <message>
        <source>Demo company.salesdesk</source>
        <translation>演示公司.salesdesk</translation>
    </message>
    <message>
        <source>How many deals (over the last three years)?</source>
        <translation>生成多少个商机（分布在最近三年）？</translation>
    </message>
    <message>
        <source>Writing the demo company…</source>
        <translation>正在生成演示公司…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>销售目标(&amp;T)</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Sales process</source>
        <translation>销售过程</translation>
    </message>
    <message>
        <source>Sales &amp;Targets</source>
        <translation>销售目标(&amp;T)</translation>
    </message>
    <message>
        <source>Sales &amp;Process</source>
        <translation>销售过程(&amp;P)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户关系(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import customers, contacts, deals or activities from a spreadsheet or another CRM</source>
        <translation>从表格或其他 CRM 导入客户、联系人、商机或销售活动</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export customers, contacts, deals or activities to CSV or Excel</source>
        <translation>将客户、联系人、商机或销售活动导出为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>已导出。</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>待跟进(&amp;F)</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone.</source>
        <translation>无法撤销或重做“%1”。</translation>
    </message>
    <message>
        <source>Undo Failed</source>
        <translation>撤销失败</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2

The file keeps what was saved before; check the figures before going on.</source>
        <translation>无法撤销或重做“%1”：%2

文件保留了之前保存的内容；继续之前请核对相关数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1</source>
        <translation>
            <numerusform>%n 个以 %1 计价的商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange Rates Needed</source>
        <translation>需要汇率</translation>
    </message>
    <message>
        <source>This book has %1, and no exchange rate to %2 for them: they count for nothing in the totals until you enter a rate in Edit › Preferences.</source>
        <translation>这个账簿有%1，但没有它们对 %2 的汇率：在 编辑 › 首选项 中录入汇率之前，它们不计入合计。</translation>
    </message>
    <message>
        <source>Change Company Properties</source>
        <translation>修改公司属性</translation>
    </message>
    <message>
        <source>Change Preferences</source>
        <translation>修改首选项</translation>
    </message>
    <message>
        <source>Change Company Settings</source>
        <translation>修改公司设置</translation>
    </message>
    <message>
        <source>Settings Not Changed</source>
        <translation>设置未修改</translation>
    </message>
    <message>
        <source>Exchange Rates Not Changed</source>
        <translation>汇率未修改</translation>
    </message>
    <message>
        <source>This computer&apos;s target statuses (on track from %1 %, at risk from %2 %) are now kept in the company&apos;s file.</source>
        <translation>本机的目标状态阈值（%1 % 起为进度正常，%2 % 起为有风险）现已保存在公司的文件中。</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>演示公司</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the open activities and the customers&apos; key dates of the coming year as a calendar file for Outlook, Thunderbird or a phone</source>
        <translation>将未来一年的未完成活动和客户关键日期写成日历文件，供 Outlook、Thunderbird 或手机使用</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>%1 日历</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Calendar Not Exported</source>
        <translation>日历未导出</translation>
    </message>
    <message>
        <source>Wrote %1: %2 activities and %3 key dates from %4 to %5.</source>
        <translation>已写入 %1：%4 至 %5 的 %2 个活动和 %3 个关键日期。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SalesDesk &amp;User Guide</source>
        <translation>SalesDesk 用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <source>Export Q&amp;uarterly Report…</source>
        <translation>导出季度销售报告(&amp;U)…</translation>
    </message>
    <message>
        <source>The quarter&apos;s figures, targets, funnel, customers and reps as a PDF to hand over or an Excel workbook</source>
        <translation>将本季度的指标、目标、销售漏斗、客户和销售人员导出为可交付的 PDF 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>总览(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>团队(&amp;E)</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>销售团队</translation>
    </message>
    <message>
        <source>Sales T&amp;eam</source>
        <translation>销售团队(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>市场(&amp;M)</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场分析</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>预测(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;SWOT Analysis</source>
        <translation>SWOT 分析(&amp;S)</translation>
    </message>
    <message>
        <source>Pe&amp;rformance</source>
        <translation>销售绩效(&amp;R)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>销售绩效</translation>
    </message>
    <message>
        <source>SalesDesk was not closed properly the last time this file was open; everything saved before then is in it.</source>
        <translation>上次打开此文件时 SalesDesk 未正常关闭；此前保存的内容都在文件中。</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Open one of the copies SalesDesk keeps of this file each day</source>
        <translation>打开 SalesDesk 每天为此文件保留的副本之一</translation>
    </message>
    <message>
        <source>Could not write the day&apos;s backup copy: %1</source>
        <translation>无法写出当天的备份副本：%1</translation>
    </message>
    <message>
        <source>Open a Backup as a Copy</source>
        <translation>将备份作为副本打开</translation>
    </message>
    <message>
        <source>%1 restored %2.salesdesk</source>
        <translation>%1（%2 的备份）.salesdesk</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Opened the copy of %1 as %2.</source>
        <translation>已将 %1 的副本打开为 %2。</translation>
    </message>
    <message>
        <source>Read-Only File</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <source>“%1” can only be read here: the file or its folder may not be changed (a read-only disk or shared folder, or another user&apos;s file).</source>
        <translation>“%1”在此处只能读取：文件或其所在文件夹不可更改（只读磁盘、共享文件夹，或其他用户的文件）。</translation>
    </message>
    <message>
        <source>Save a copy in a folder you can write to, and SalesDesk opens the copy. The original stays as it is.</source>
        <translation>将副本保存到您可写入的文件夹，SalesDesk 随即打开该副本。原文件保持不变。</translation>
    </message>
    <message>
        <source>Save a Copy and Open It…</source>
        <translation>保存副本并打开…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the company book your team shares on a PostgreSQL server</source>
        <translation>打开团队在 PostgreSQL 服务器上共用的公司账簿</translation>
    </message>
    <message>
        <source>Updated with changes saved by others.</source>
        <translation>已载入他人保存的更改。</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>The address of your team&apos;s book, as whoever runs the server gave it to you:
postgresql://your-name@server:5432/database</source>
        <translation>团队账簿的地址（由服务器管理员提供）：
postgresql://您的用户名@服务器:5432/数据库</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>“%1” is not a server address: it starts with postgresql://.</source>
        <translation>“%1”不是服务器地址：服务器地址以 postgresql:// 开头。</translation>
    </message>
    <message>
        <source>The password could not be kept in the desktop&apos;s keychain: %1</source>
        <translation>无法将密码保存到桌面钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MarketPage</name>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Market Size and Share</source>
        <translation>市场规模与份额</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MarketSizeDialog</name>
    <message>
        <source>Market Size of %1</source>
        <translation>%1 的市场规模</translation>
    </message>
    <message>
        <source>New Market Size</source>
        <translation>新建市场规模</translation>
    </message>
    <message>
        <source>2026 or 2026Q3</source>
        <translation>2026 或 2026Q3</translation>
    </message>
    <message>
        <source>The whole market; or a product&apos;s name</source>
        <translation>整个市场；或产品名称</translation>
    </message>
    <message>
        <source>e.g. Industry association report 2026</source>
        <translation>如：2026 年行业协会报告</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <translation>细分市场(&amp;E)：</translation>
    </message>
    <message>
        <source>Market &amp;size:</source>
        <translation>市场规模(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Write the period as a year (2026) or a quarter (2026Q3).</source>
        <translation>期间请写作年份（2026）或季度（2026Q3）。</translation>
    </message>
    <message>
        <source>Write the market size as an amount, e.g. 25000000.</source>
        <translation>市场规模请写作金额，如 25000000。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MeasureDialog</name>
    <message>
        <source>Improvement Measure %1</source>
        <translation>绩效改进措施 %1</translation>
    </message>
    <message>
        <source>New Improvement Measure</source>
        <translation>新建绩效改进措施</translation>
    </message>
    <message>
        <source>e.g. Weekly deal reviews with Wang Fang</source>
        <translation>例如：每周与王芳复盘商机</translation>
    </message>
    <message>
        <source>A sales rep</source>
        <translation>一名销售人员</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>一个团队</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>整个公司</translation>
    </message>
    <message>
        <source>The owner of the business</source>
        <translation>企业负责人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>对象(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;KPI it should move:</source>
        <translation>要改善的 KPI(&amp;K)：</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>类别(&amp;I)：</translation>
    </message>
    <message>
        <source>T&amp;raining program:</source>
        <translation>培训项目(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MeasuresView</name>
    <message>
        <source>Show &amp;done and dropped</source>
        <translation>显示已完成和已放弃的(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Improvement Measure…</source>
        <translation>新建绩效改进措施(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Measure…</source>
        <translation>编辑措施(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Measure</source>
        <translation>删除措施(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始执行(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记为完成(&amp;D)</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>放弃(&amp;P)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>已结束商机</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Compare windows of</source>
        <translation>对比窗口</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>%1 团队</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>整个公司</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>企业负责人</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — 即将到期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No improvement measures yet. Add one with New Improvement Measure, or from a scorecard&apos;s KPI on the Scorecards view; its KPI before and after is compared here.</source>
        <translation>还没有绩效改进措施。用“新建绩效改进措施”添加，或在“评分卡”视图中从某项 KPI 创建；措施前后的 KPI 会在这里对比。</translation>
    </message>
    <message>
        <source>Select a measure to see its KPI before and after.</source>
        <translation>选择一项措施，查看其 KPI 的前后对比。</translation>
    </message>
    <message>
        <source>“%1”: %2 over the %3 days before its start and after its due day.</source>
        <translation>“%1”：开始前与截止后各 %3 天的%2。</translation>
    </message>
    <message>
        <source>%1 – %2%3</source>
        <translation>%1 – %2%3</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation>（截至目前）</translation>
    </message>
    <message>
        <source>after the due day (%1)</source>
        <translation>截止日（%1）之后</translation>
    </message>
    <message>
        <source>%1, before</source>
        <translation>%1，措施前</translation>
    </message>
    <message>
        <source>%1, after</source>
        <translation>%1，措施后</translation>
    </message>
    <message>
        <source>The other reps, before (per rep)</source>
        <translation>其他销售人员，措施前（人均）</translation>
    </message>
    <message>
        <source>The other reps, after (per rep)</source>
        <translation>其他销售人员，措施后（人均）</translation>
    </message>
    <message>
        <source>Change against the other reps&apos; change: %1%2.</source>
        <translation>相对其他销售人员的变化：%1%2。</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>A comparison of figures, not a proof that the measure caused them.</source>
        <translation>这是数据的对比，并不证明变化由该措施引起。</translation>
    </message>
    <message>
        <source>Remove Measure</source>
        <translation>删除措施</translation>
    </message>
    <message>
        <source>Improvement Measure</source>
        <translation>绩效改进措施</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::NewTargetDialog</name>
    <message>
        <source>Enter the rate in percent, 0 to 100.</source>
        <translation>请以百分比输入比率，0 到 100。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>New Target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>The whole company</source>
        <translation>整个公司</translation>
    </message>
    <message>
        <source>A sales rep</source>
        <translation>某位销售人员</translation>
    </message>
    <message>
        <source>A team or region</source>
        <translation>某个团队或区域</translation>
    </message>
    <message>
        <source>A product or service</source>
        <translation>某个产品或服务</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>e.g. Grow East China region</source>
        <translation>例如：拓展华东市场</translation>
    </message>
    <message>
        <source>What the target is about, in a sentence</source>
        <translation>用一句话说明目标</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>对象(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>战略目标(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMART check&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMART 检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>month </source>
        <translation>月 </translation>
    </message>
    <message>
        <source>week </source>
        <translation>周 </translation>
    </message>
    <message>
        <source>Team or region name</source>
        <translation>团队或区域名称</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>产品或服务</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation>请输入目标值。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::PerformancePage</name>
    <message>
        <source>Edit Scorecard &amp;Template…</source>
        <translation>编辑评分卡模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove Scorecard Template</source>
        <translation>删除评分卡模板</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Scorecard te&amp;mplate:</source>
        <translation>评分卡模板(&amp;M)：</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Trends and Radar</source>
        <translation>趋势与雷达图</translation>
    </message>
    <message>
        <source>Improvement Measures</source>
        <translation>绩效改进措施</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1（进行中）</translation>
    </message>
    <message>
        <source>Remove the template “%1”? Evaluations finalised with it keep it.</source>
        <translation>删除模板“%1”？用它定稿的考核仍会保留该模板。</translation>
    </message>
    <message>
        <source>Working out the scorecards…</source>
        <translation>正在计算评分卡…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::PipelinePage</name>
    <message>
        <source>&amp;New Deal…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a deal to the pipeline (Ctrl+Shift+N)</source>
        <translation>向销售漏斗添加商机（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation>编辑商机(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Deal</source>
        <translation>删除商机(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Won</source>
        <translation>标记赢单(&amp;W)</translation>
    </message>
    <message>
        <source>Mark &amp;Lost…</source>
        <translation>标记输单(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find Deal</source>
        <translation>查找商机(&amp;F)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Funnel analysis</source>
        <translation>漏斗分析</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>销售活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Funnel Analysis</source>
        <translation>漏斗分析(&amp;F)</translation>
    </message>
    <message>
        <source>Show the deals of</source>
        <translation>显示谁的商机</translation>
    </message>
    <message>
        <source>Deals of:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>SalesDesk</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Deal(s)</source>
        <translation>
            <numerusform>移动 %n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Deal(s)</source>
        <translation>
            <numerusform>删除 %n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n deal(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已删除 %n 个商机。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stages and Lost Reasons…</source>
        <translation>阶段与输单原因(&amp;S)…</translation>
    </message>
    <message>
        <source>Add Deal</source>
        <translation>添加商机</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>Move to Stage</source>
        <translation>移到阶段</translation>
    </message>
    <message>
        <source>New &amp;Activity for This Deal…</source>
        <translation>为此商机新建销售活动(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Activity…</source>
        <translation>编辑销售活动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记为完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete Activity</source>
        <translation>删除销售活动(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln 个进行中的商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open deal(s)</source>
        <translation>
            <numerusform>%Ln 个进行中的商机中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · pipeline %2 · weighted %3 · %4 idle · %5 overdue activities</source>
        <translation>%1 · 销售管道 %2 · 加权 %3 · %4 个停滞 · %5 个逾期活动</translation>
    </message>
    <message>
        <source>Show &amp;Everyone&apos;s Deals</source>
        <translation>显示所有人的商机(&amp;E)</translation>
    </message>
    <message>
        <source>No deals yet. A deal is a sale in the making: who buys what, for how much, and how far it has come.</source>
        <translation>还没有商机。商机是一笔正在进行的销售：谁买什么、多少钱、进展到哪一步。</translation>
    </message>
    <message>
        <source>%1 has no open deals, and won or lost none in the last 30 days.</source>
        <translation>%1 没有进行中的商机，最近 30 天也没有赢单或输单。</translation>
    </message>
    <message>
        <source>No open deals, and none won or lost in the last 30 days. The List shows every deal.</source>
        <translation>没有进行中的商机，最近 30 天也没有赢单或输单。列表中可查看所有商机。</translation>
    </message>
    <message>
        <source>No deal matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的商机。</translation>
    </message>
    <message>
        <source>&amp;Reverse Won Deal…</source>
        <translation>撤销赢单(&amp;R)…</translation>
    </message>
    <message>
        <source>A won deal cancelled or refunded: lost from that day, its commission taken back within the clawback window</source>
        <translation>赢单被取消或退款：自该日起记为输单，追回期内的提成予以追回</translation>
    </message>
    <message>
        <source>Split &amp;Credit…</source>
        <translation>分配业绩(&amp;C)…</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Deal Changed by Someone Else</source>
        <translation>商机已被他人修改</translation>
    </message>
    <message>
        <source>%1 saved “%2” since you opened it.</source>
        <translation>您打开“%2”后，%1 保存了它。</translation>
    </message>
    <message>
        <source>%1 changed the %2 of “%3” since you opened it.</source>
        <translation>您打开“%3”后，%1 修改了它的%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Apply your changes on top of theirs (what you both changed takes yours), or reload the deal to see theirs and start again.</source>
        <translation>可将您的更改应用在对方的更改之上（双方都改过的字段以您的为准），或重新载入商机查看对方的更改后重新编辑。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::PlanDialog</name>
    <message>
        <source>Incentive Plan %1</source>
        <translation>提成方案 %1</translation>
    </message>
    <message>
        <source>New Incentive Plan</source>
        <translation>新建提成方案</translation>
    </message>
    <message>
        <source>From attainment</source>
        <translation>起始达成率</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Add Tier</source>
        <translation>添加阶梯</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>删除阶梯</translation>
    </message>
    <message>
        <source>Each rep&apos;s revenue target of the period</source>
        <translation>每名销售人员该期的销售额目标</translation>
    </message>
    <message>
        <source>A fixed amount per period</source>
        <translation>每期固定金额</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <source> days after the win</source>
        <translation> 天（赢单后）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>on reaching</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Per won deal</source>
        <translation>每笔赢单</translation>
    </message>
    <message>
        <source>On “%1” now; checking moves them to this plan.</source>
        <translation>目前适用“%1”；勾选会将其移到本方案。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Pays:</source>
        <translation>计发方式(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tiers:</source>
        <translation>阶梯(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>定额(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Cap per period:</source>
        <translation>每期封顶(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;lawback window:</source>
        <translation>追回期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Bonus:</source>
        <translation>奖金(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;SPIFFs:</source>
        <translation>专项奖励(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reps:</source>
        <translation>销售人员(&amp;R)：</translation>
    </message>
    <message>
        <source>A tier is an attainment of quota from which its rate applies; the first starts at 0 %. Deals fill the tiers in the order they closed. Changing the terms makes a new version: statements already settled keep theirs.</source>
        <translation>阶梯是定额达成率的起点，从该点起适用其比例；第一档从 0% 开始。商机按成交先后依次填入各阶梯。修改条款会生成新版本：已结算的明细保留原版本。</translation>
    </message>
    <message>
        <source>Give the fixed quota, or take each rep&apos;s revenue target.</source>
        <translation>请填写固定定额，或采用每名销售人员的销售额目标。</translation>
    </message>
    <message>
        <source>Say at what attainment the bonus is paid, e.g. 100%.</source>
        <translation>请说明达到多少达成率发放奖金，例如 100%。</translation>
    </message>
    <message>
        <source>A SPIFF needs a product and an amount above zero.</source>
        <translation>专项奖励需要产品和大于零的金额。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>奖金池</translation>
    </message>
    <message>
        <source>Paid from attainment</source>
        <translation>发放所需达成率</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>A team pool needs an amount above zero.</source>
        <translation>团队奖金池需要大于零的金额。</translation>
    </message>
    <message>
        <source>Say from what attainment of the team&apos;s target a pool is paid, e.g. 100%, or leave it empty to pay it always.</source>
        <translation>请说明团队目标达成率达到多少时发放奖金池，例如 100%；留空则总是发放。</translation>
    </message>
    <message>
        <source>Team p&amp;ools:</source>
        <translation>团队奖金池(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language applies the next time SalesDesk starts.</source>
        <translation>新语言将在下次启动 SalesDesk 时生效。</translation>
    </message>
    <message>
        <source>Compared with what a target expects by now: at or above the first it is on track, at or above the second at risk, below that behind.</source>
        <translation>与目标到目前应完成的数值相比：达到第一个比例为正常，达到第二个比例为有风险，低于则为落后。</translation>
    </message>
    <message>
        <source>On &amp;track from:</source>
        <translation>正常(&amp;T)自：</translation>
    </message>
    <message>
        <source>At &amp;risk from:</source>
        <translation>有风险(&amp;R)自：</translation>
    </message>
    <message>
        <source>Look back over:</source>
        <translation>回溯期：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>High-value: the top</source>
        <translation>高价值客户：按赢单金额前</translation>
    </message>
    <message>
        <source> % by won value</source>
        <translation> %</translation>
    </message>
    <message>
        <source>…with at least:</source>
        <translation>…且至少有：</translation>
    </message>
    <message>
        <source> won deals</source>
        <translation> 笔赢单</translation>
    </message>
    <message>
        <source>Potential: first purchase within:</source>
        <translation>潜力客户：首次购买在以下天数内：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>At risk after:</source>
        <translation>流失风险：超过</translation>
    </message>
    <message>
        <source> % of the usual interval</source>
        <translation> % 的通常购买间隔</translation>
    </message>
    <message>
        <source>Contact high-value every:</source>
        <translation>高价值客户联系频率：</translation>
    </message>
    <message>
        <source>Contact potential every:</source>
        <translation>潜力客户联系频率：</translation>
    </message>
    <message>
        <source>Contact general every:</source>
        <translation>一般客户联系频率：</translation>
    </message>
    <message>
        <source>Potential also takes in every customer with an open deal. The rules apply from the next time the Customers tab is shown.</source>
        <translation>有进行中商机的客户也归为潜力客户。规则在下次显示“客户关系”页时生效。</translation>
    </message>
    <message>
        <source>This computer&apos;s own setting. The settings of a company are kept in its file and shown on the other pages when a company is open.</source>
        <translation>这是本机自己的设置。公司的设置保存在公司文件中，打开公司时显示在其他页上。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Targets and customers</source>
        <translation>目标与客户</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>Customer segments and contact plan</source>
        <translation>客户分类与联系计划</translation>
    </message>
    <message>
        <source>Every total is in %1. A deal in another currency counts at the rate valid on the day it closed (an open deal: at today&apos;s); before a currency&apos;s first rate, at that first rate.</source>
        <translation>所有合计都以 %1 计算。其他币种的商机按成交当天有效的汇率折算（进行中的商机按今天的汇率）；早于该币种第一个汇率的，按第一个汇率折算。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>每单位折合 %1</translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation>添加汇率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Rate</source>
        <translation>删除汇率(&amp;R)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>New targets&apos; years and quarters start in this month; targets already set keep their own dates.</source>
        <translation>新目标的年度和季度从这个月开始；已设定的目标保持原来的日期。</translation>
    </message>
    <message>
        <source>The &amp;year starts in:</source>
        <translation>年度开始于(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::PropertiesDialog</name>
    <message>
        <source>Company Properties</source>
        <translation>公司属性</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Every total is in the home currency; deals in other currencies count at the exchange rates in Edit › Preferences.</source>
        <translation>所有合计都以本位币计算；其他币种的商机按 编辑 › 首选项 中的汇率折算。</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>本位币(&amp;H)：</translation>
    </message>
    <message>
        <source>Every total is in the home currency. It can change only while the book has no deals and no exchange rates; deals in other currencies count at the exchange rates in Edit › Preferences.</source>
        <translation>所有合计都以本位币计算。只有在账簿中没有商机和汇率时才能更改本位币；其他币种的商机按 编辑 › 首选项 中的汇率折算。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RatingDialog</name>
    <message>
        <source>Rate %1 for %2</source>
        <translation>评定 %1 的 %2 考核</translation>
    </message>
    <message>
        <source>Judgement (1 poor – 5 excellent)</source>
        <translation>定性评估（1 差 – 5 优秀）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – 差</translation>
    </message>
    <message>
        <source>2 – below expectations</source>
        <translation>2 – 低于预期</translation>
    </message>
    <message>
        <source>3 – meets expectations</source>
        <translation>3 – 符合预期</translation>
    </message>
    <message>
        <source>4 – above expectations</source>
        <translation>4 – 高于预期</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – 优秀</translation>
    </message>
    <message>
        <source>What you saw (kept with the rating)</source>
        <translation>你的观察（与评分一起保存）</translation>
    </message>
    <message>
        <source>%1&apos;s figures</source>
        <translation>%1 的业绩数据</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReassignDialog</name>
    <message>
        <source>Hand Over Work</source>
        <translation>移交工作</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <source>Hand over the work of:</source>
        <translation>移交以下人员的工作：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>交给(&amp;T)：</translation>
    </message>
    <message>
        <source>Their open deals, the customers they look after and their planned activities move. Won and lost deals stay theirs. A customer&apos;s work can go to someone else below.</source>
        <translation>移交其进行中的商机、负责的客户和计划中的活动；赢单和输单仍归其本人。某个客户的工作可以在下方交给其他人。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>(as above)</source>
        <translation>（同上）</translation>
    </message>
    <message>
        <source>%1 open deals, %2 customers, %3 planned activities.</source>
        <translation>%1 笔进行中商机，%2 个客户，%3 项计划活动。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReminderWatcher</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%Ln 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more</source>
        <translation>
            <numerusform>%1，另有 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RepDialog</name>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Has left the company</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Sales Rep %1</source>
        <translation>销售人员 %1</translation>
    </message>
    <message>
        <source>New Sales Rep</source>
        <translation>新建销售人员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>上级(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation>入职日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>职级(&amp;L)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>A rep who leaves keeps their history: their deals stay theirs. Use Hand Over Work to give their open deals and customers to others.</source>
        <translation>离职的销售人员保留其历史：其商机仍归本人。用“移交工作”把进行中的商机和客户交给他人。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReportDialog</name>
    <message>
        <source>Export Quarterly Report</source>
        <translation>导出季度销售报告</translation>
    </message>
    <message>
        <source>%1 (last finished)</source>
        <translation>%1（最近结束）</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1（截至目前）</translation>
    </message>
    <message>
        <source>&amp;PDF, to print or send</source>
        <translation>&amp;PDF，用于打印或发送</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook, to work with the numbers</source>
        <translation>E&amp;xcel 工作簿，用于处理数字</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Every figure comes from the same engine as the dashboard and “salesdesk kpi”.</source>
        <translation>所有数字与总览和“salesdesk kpi”出自同一个计算引擎。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 %2 report</source>
        <translation>%1 %2 报告</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算数字…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report Not Made</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>第 %1 页…</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Quarterly Report Preview</source>
        <translation>季度销售报告预览</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>While a company file is open, SalesDesk copies it each day into the folder “%1” beside it: one copy a day for the last %2 days, one a week for %3 weeks before. Choose a copy to open it as a new file; “%4” itself is not changed.</source>
        <translation>公司文件打开期间，SalesDesk 每天把它复制到旁边的文件夹“%1”：最近 %2 天每天一份，此前 %3 周每周一份。选择一份副本，即可将其作为新文件打开；“%4”本身不会改变。</translation>
    </message>
    <message>
        <source>Copy of</source>
        <translation>副本日期</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留方式</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>最后编辑</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>No copies yet. The first is written a few seconds after the file is opened, or now with Back Up Now.</source>
        <translation>还没有副本。第一份会在文件打开几秒钟后写出，也可以点击“立即备份”马上写出。</translation>
    </message>
    <message>
        <source>&amp;Open as Copy…</source>
        <translation>作为副本打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Cannot Back Up</source>
        <translation>无法备份</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReverseDealDialog</name>
    <message>
        <source>Reverse %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>e.g. Order cancelled, refunded in full</source>
        <translation>例如：订单取消，全额退款</translation>
    </message>
    <message>
        <source>The deal was won on %1. Reversed, it counts as lost from the day below: revenue of the period it was won in goes down. Commission settled on it within the plan&apos;s clawback window is taken back in the period of the reversal; settled statements themselves never change.</source>
        <translation>该商机于 %1 赢单。撤销后，自下方日期起记为输单：赢单所在期间的销售额随之减少。在方案追回期内已结算的提成，在撤销所在期间追回；已结算的明细本身永不改变。</translation>
    </message>
    <message>
        <source>&amp;Reversed on:</source>
        <translation>撤销日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SatisfactionChart</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Satisfaction by month: no feedback in the last 12 months</source>
        <translation>按月满意度：最近 12 个月没有客户反馈</translation>
    </message>
    <message>
        <source>Satisfaction by month (CSAT 1–5) · 12 months: %1</source>
        <translation>按月满意度（CSAT 1–5）· 近 12 个月：%1</translation>
    </message>
    <message>
        <source>Satisfaction by month (CSAT 1–5) · 12 months: %1, NPS %2</source>
        <translation>按月满意度（CSAT 1–5）· 近 12 个月：%1，NPS %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ScorecardView</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Change on last period</source>
        <translation>较上期变化</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计入权重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分贡献</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>评分(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>Finalise &amp;All</source>
        <translation>全部定稿(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>New Improvement &amp;Measure…</source>
        <translation>新建绩效改进措施(&amp;M)…</translation>
    </message>
    <message>
        <source>Rate the selected rep on each criterion, with their figures beside</source>
        <translation>按各项标准为所选销售人员评分，旁边附其业绩数据</translation>
    </message>
    <message>
        <source>Keep the selected rep&apos;s scorecard as it is now; it never changes afterwards</source>
        <translation>按当前数据定稿所选销售人员的评分卡，之后不再变化</translation>
    </message>
    <message>
        <source>Keep every draft scorecard of the period as it is now</source>
        <translation>按当前数据定稿本期所有草稿评分卡</translation>
    </message>
    <message>
        <source>Open a finalised evaluation again, saying why (the old one is kept)</source>
        <translation>重新打开已定稿的考核并说明原因（原考核会保留）</translation>
    </message>
    <message>
        <source>An improvement measure for the selected rep and KPI</source>
        <translation>为所选销售人员和 KPI 创建绩效改进措施</translation>
    </message>
    <message>
        <source>Figures (double-click a KPI for a measure to move it):</source>
        <translation>定量评估（双击某项 KPI 可创建改进措施）：</translation>
    </message>
    <message>
        <source>Judgement (double-click to rate):</source>
        <translation>定性评估（双击评分）：</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（上期第 %2 名）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Final, book changed since</source>
        <translation>已定稿，之后数据有变</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Grades in %1</source>
        <translation>%1 等级分布</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>No rep was on staff in %1.</source>
        <translation>%1 没有在职的销售人员。</translation>
    </message>
    <message>
        <source>%1 · %2 · grade %3</source>
        <translation>%1 · %2 分 · %3 级</translation>
    </message>
    <message>
        <source>%1 · no score yet</source>
        <translation>%1 · 尚无得分</translation>
    </message>
    <message>
        <source>Draft of %1 with “%2”: it follows the book until it is finalised.</source>
        <translation>%1 的草稿，使用“%2”：定稿前随账簿数据更新。</translation>
    </message>
    <message>
        <source>Final since %1, with “%2”.</source>
        <translation>%1 定稿，使用“%2”。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>target of %1 %2 → %3</source>
        <translation>%1 的目标 %2 → %3</translation>
    </message>
    <message>
        <source>Changed since finalised: the book now gives %1 (%2)%3.</source>
        <translation>定稿后数据有变：按现在的账簿为 %1（%2）%3。</translation>
    </message>
    <message>
        <source>Score = %1 × %2 (figures) + %3 × %4 (judgement) = %5</source>
        <translation>得分 = %1 × %2（定量）+ %3 × %4（定性）= %5</translation>
    </message>
    <message>
        <source>Score = %1 (%2 alone)</source>
        <translation>得分 = %1（仅%2）</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>定量部分</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>定性部分</translation>
    </message>
    <message>
        <source>No KPI has a figure and a target, and no criterion is rated.</source>
        <translation>没有同时具备数据和目标的 KPI，也没有评定任何标准。</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>未计入</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is final: reopen it to rate again.</source>
        <translation>%1 的 %2 考核已定稿：重新打开后才能再次评分。</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Finalise All</source>
        <translation>全部定稿</translation>
    </message>
    <message numerus="yes">
        <source>Finalise the %n draft scorecard(s) of %1 as they are now? They will not change with the book afterwards (Undo takes this back; later, reopen one with a reason).</source>
        <translation>
            <numerusform>按当前数据定稿 %1 的 %n 份草稿评分卡？之后它们不再随账簿变化（可撤销；以后也可说明原因后重新打开）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the Evaluation of %1</source>
        <translation>重新打开 %1 的考核</translation>
    </message>
    <message>
        <source>Why is it reopened? (kept with the old evaluation)</source>
        <translation>为什么重新打开？（与原考核一起保存）</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1：%2 %3 → %4</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>%1, scored with “%2” against its own targets; it follows the book.</source>
        <translation>%1，使用“%2”对照其自身目标评分；随账簿数据更新。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SegmentChart</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n&lt;br&gt;%2</source>
        <translation>
            <numerusform>%1：%n&lt;br&gt;%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers and purchases in %n month(s) per segment</source>
        <translation>
            <numerusform>各分类客户数及其 %n 个月购买金额</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet: the bars will count the customers of each segment and what they bought.</source>
        <translation>还没有客户：柱形将统计每个客户分类的客户数及其购买金额。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ShareView</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>我们的收入</translation>
    </message>
    <message>
        <source>Our share</source>
        <translation>我们的份额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>New &amp;Market Size…</source>
        <translation>新建市场规模(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit Market Size…</source>
        <translation>编辑市场规模…</translation>
    </message>
    <message>
        <source>Remove Market Size</source>
        <translation>删除市场规模</translation>
    </message>
    <message>
        <source>The whole market</source>
        <translation>整个市场</translation>
    </message>
    <message>
        <source>Record the market&apos;s size to see our share of it over time.</source>
        <translation>记录市场规模后即可看到我们的份额随时间的变化。</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我们</translation>
    </message>
    <message>
        <source>Cannot Remove Market Size</source>
        <translation>无法删除市场规模</translation>
    </message>
    <message>
        <source>Set Competitor&apos;s Share…</source>
        <translation>设置竞争对手份额…</translation>
    </message>
    <message>
        <source>No Competitors</source>
        <translation>没有竞争对手</translation>
    </message>
    <message>
        <source>Add the competitor to the register (Competitors) first.</source>
        <translation>请先把竞争对手加入登记册（竞争对手）。</translation>
    </message>
    <message>
        <source>Share of the whole market, each line carried on at its average change per period (dashed)</source>
        <translation>整个市场中的份额，每条线按每期平均变化延伸（虚线）</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>In lists and on the Board</source>
        <translation>在列表和看板中</translation>
    </message>
    <message>
        <source>Open the selected deal or customer, adjust the selected target</source>
        <translation>打开选中的商机或客户，调整选中的目标</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>回车或双击</translation>
    </message>
    <message>
        <source>Select several deals</source>
        <translation>选择多个商机</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click</source>
        <translation>Ctrl+单击，Shift+单击</translation>
    </message>
    <message>
        <source>Move deals to another stage</source>
        <translation>把商机移到另一个阶段</translation>
    </message>
    <message>
        <source>Drag the cards</source>
        <translation>拖动卡片</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SmartCheckView</name>
    <message>
        <source>Specific</source>
        <translation>具体</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>可衡量</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>可实现</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>时限性</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SplitCreditDialog</name>
    <message>
        <source>Split Credit for %1</source>
        <translation>分配 %1 的业绩</translation>
    </message>
    <message>
        <source>Give each rep who shares the credit for this deal a share; the shares add up to 100 %. All at 0 credits the owner alone.</source>
        <translation>为分享这笔商机业绩的每名销售人员填写份额，合计 100%。全部为 0 时业绩全部归负责人。</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>份额（%）</translation>
    </message>
    <message>
        <source>Total: %1 %</source>
        <translation>合计：%1%</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SplitTargetDialog</name>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>One number per part, separated by commas</source>
        <translation>每部分一个数字，以逗号分隔</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Split &amp;into:</source>
        <translation>分解为(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Weights or amounts:</source>
        <translation>权重或金额(&amp;W)：</translation>
    </message>
    <message>
        <source>Write the numbers like 1, 2, 3.</source>
        <translation>请按 1, 2, 3 的格式填写数字。</translation>
    </message>
    <message>
        <source>The parts add up to %1, not %2.</source>
        <translation>各部分之和为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>分解%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::StageEditorDialog</name>
    <message>
        <source>Deals move through these stages from left to right on the Board. A deal counts as idle when it stays in a stage longer than the idle limit. Archive a stage to hide it without losing its history.</source>
        <translation>商机在看板上从左到右依次经过这些阶段。商机在某阶段停留超过停滞天数上限即视为停滞商机。归档阶段可将其隐藏而不丢失历史记录。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>赢单概率（%）</translation>
    </message>
    <message>
        <source>Idle limit (days)</source>
        <translation>停滞天数上限</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>添加阶段(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Stages and Lost Reasons</source>
        <translation>阶段与输单原因</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is marked lost. Archive a reason that lost deals still give, instead of removing it.</source>
        <translation>标记输单时可选的原因。仍被输单引用的原因请归档，不要删除。</translation>
    </message>
    <message>
        <source>&amp;Add Reason</source>
        <translation>添加原因(&amp;A)</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>新原因</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SwotView</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From the environment notebook: %1, impact %2, likelihood %3 %</source>
        <translation>来自环境记事：%1，影响程度 %2，可能性 %3%</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>添加到%1</translation>
    </message>
    <message>
        <source>In a few words:</source>
        <translation>简要描述：</translation>
    </message>
    <message>
        <source>Cannot Add</source>
        <translation>无法添加</translation>
    </message>
    <message>
        <source>Cannot Remove</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TargetDetail</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>累计进度</translation>
    </message>
    <message>
        <source>Parts: target and actual</source>
        <translation>各部分：目标与实际</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMART check&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMART 检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adjustments&lt;/b&gt;</source>
        <translation>&lt;b&gt;调整记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a target</source>
        <translation>请选择目标</translation>
    </message>
    <message>
        <source>Pick a target on the left to see its progress, its SMART check and how it was adjusted.</source>
        <translation>在左侧选择一个目标，查看其进度、SMART 检查和调整记录。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 to %4</source>
        <translation>%1 · %2 · %3 至 %4</translation>
    </message>
    <message>
        <source>Target &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>目标 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(originally %1)</source>
        <translation>（原目标 %1）</translation>
    </message>
    <message>
        <source>Actual &lt;b&gt;%1&lt;/b&gt; (%2 %) · expected by %3: %4 · projected: %5</source>
        <translation>实际 &lt;b&gt;%1&lt;/b&gt;（%2 %）· 截至 %3 应完成：%4 · 预计：%5</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Original target</source>
        <translation>原目标</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Not split into parts</source>
        <translation>尚未分解</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>累计（%1）</translation>
    </message>
    <message>
        <source>%1: target %2, actual %3</source>
        <translation>%1：目标 %2，实际 %3</translation>
    </message>
    <message>
        <source>Parts: target and actual (%1)</source>
        <translation>各部分：目标与实际（%1）</translation>
    </message>
    <message>
        <source>Statistical forecast &lt;b&gt;%1&lt;/b&gt; (80 %: %2 – %3; %4) · against the target: %5</source>
        <translation>统计预测 &lt;b&gt;%1&lt;/b&gt;（80 %：%2 – %3；%4）· 与目标相比：%5</translation>
    </message>
    <message>
        <source>Statistical forecast &lt;b&gt;%1&lt;/b&gt; (its finished quarters and the forecast of the rest; %2) · against the target: %3</source>
        <translation>统计预测 &lt;b&gt;%1&lt;/b&gt;（已结束季度的实际加其余季度的预测；%2）· 与目标相比：%3</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TargetModel</name>
    <message>
        <source>Originally %1</source>
        <translation>原目标 %1</translation>
    </message>
    <message>
        <source>Locked: rebalancing leaves it as it is</source>
        <translation>已锁定：重新平衡时保持不变</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (parts %2%3)</source>
        <translation>%1（各部分 %2%3）</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TargetsPage</name>
    <message>
        <source>New &amp;Target…</source>
        <translation>新建目标(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>分解(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>调整(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>A locked part keeps its value when the others are rebalanced</source>
        <translation>重新平衡其他部分时，锁定的部分保持不变</translation>
    </message>
    <message>
        <source>&amp;Delete Target</source>
        <translation>删除目标(&amp;D)</translation>
    </message>
    <message>
        <source>Progress as of</source>
        <translation>进度截至</translation>
    </message>
    <message>
        <source>Progress as of:</source>
        <translation>进度截至：</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>&amp;Record Actual…</source>
        <translation>录入实际值(&amp;R)…</translation>
    </message>
    <message>
        <source>For a target entered by hand: what has been achieved so far</source>
        <translation>用于手工录入的目标：到目前已完成的数值</translation>
    </message>
    <message>
        <source>Record Actual</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <source>“%1” achieved so far (as of %2):</source>
        <translation>“%1”到目前已完成（截至 %2）：</translation>
    </message>
    <message>
        <source>No targets yet. Set the year&apos;s goal (revenue, deals won, new customers…), then split it into quarters, months and weeks and follow each part against what is sold.</source>
        <translation>还没有目标。先设定年度目标（销售额、赢单数、新客户数…），再分解到季度、月和周，并逐项对照实际销售跟踪。</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TeamDialog</name>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>隶属于(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>负责人(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TeamPage</name>
    <message>
        <source>New Sales &amp;Rep…</source>
        <translation>新建销售人员(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit Sales Rep…</source>
        <translation>编辑销售人员(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Hand Over Work…</source>
        <translation>移交工作(&amp;H)…</translation>
    </message>
    <message>
        <source>New &amp;Team…</source>
        <translation>新建团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit T&amp;eam…</source>
        <translation>编辑团队(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove Te&amp;am</source>
        <translation>删除团队(&amp;A)</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teams&lt;/b&gt; — each with its sub-teams&apos; reps</source>
        <translation>&lt;b&gt;团队&lt;/b&gt;——含下级团队的人员</translation>
    </message>
    <message>
        <source>Reps &amp;&amp; Teams</source>
        <translation>人员与团队</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Incentives &amp;&amp; Commission</source>
        <translation>激励与提成</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales reps&lt;/b&gt; — figures of %1 to %2</source>
        <translation>&lt;b&gt;销售人员&lt;/b&gt;——%1 截至 %2 的数据</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Remove Team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>Give &amp;Award…</source>
        <translation>颁奖(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>晋升(&amp;P)…</translation>
    </message>
    <message>
        <source>Career &amp;Ladder…</source>
        <translation>职级体系(&amp;L)…</translation>
    </message>
    <message>
        <source>Select a rep to see their career: level, time with the company, attainment of the last four quarters, the next level and awards.</source>
        <translation>选择一名销售人员，查看其职业发展：职级、司龄、最近四个季度的达成率、下一职级与荣誉。</translation>
    </message>
    <message>
        <source>Level: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>职级：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message numerus="yes">
        <source>With the company: %n month(s)</source>
        <translation>
            <numerusform>司龄：%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Hire date not set</source>
        <translation>未设置入职日期</translation>
    </message>
    <message>
        <source>Revenue attainment of the last four quarters:</source>
        <translation>最近四个季度的销售额达成率：</translation>
    </message>
    <message>
        <source>no quarter with a revenue target</source>
        <translation>没有设定销售额目标的季度</translation>
    </message>
    <message>
        <source>Average: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>平均：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next level: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>下一职级：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 months with the company</source>
        <translation>%1 司龄 %2 个月</translation>
    </message>
    <message>
        <source>%1 average attainment of %2</source>
        <translation>%1 平均达成率 %2</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>晋升记录</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Career Ladder</source>
        <translation>职级体系</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TemplateDialog</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Scorecard Template %1</source>
        <translation>评分卡模板 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>figures (KPIs), the rest judgement (criteria)</source>
        <translation>为定量部分（KPI），其余为定性部分（评估标准）</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>比例(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 from </source>
        <translation>%1 ≥ </translation>
    </message>
    <message>
        <source>D below</source>
        <translation>低于则为 D</translation>
    </message>
    <message>
        <source>&amp;Grades:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>KPIs (a target left empty is the rep&apos;s own target of the period):</source>
        <translation>KPI（目标留空则使用销售人员本期自己的目标）：</translation>
    </message>
    <message>
        <source>Criteria rated 1–5:</source>
        <translation>评估标准（1–5 分）：</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新标准</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>the rep&apos;s target</source>
        <translation>销售人员的目标</translation>
    </message>
    <message>
        <source>per cent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The KPIs&apos; weights add up to %1, the criteria&apos;s to %2; each part must make 100 %.</source>
        <translation>KPI 权重合计 %1，评估标准权重合计 %2；每部分都必须为 100 %。</translation>
    </message>
    <message>
        <source>Target (rates in %)</source>
        <translation>目标（比率用 %）</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TrainingDialog</name>
    <message>
        <source>Training Program %1</source>
        <translation>培训计划 %1</translation>
    </message>
    <message>
        <source>New Training Program</source>
        <translation>新建培训计划</translation>
    </message>
    <message>
        <source>e.g. Negotiating on value</source>
        <translation>例如：价值谈判</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>讲师(&amp;R)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>费用(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参训人员：</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>成绩（0–100）</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::TrainingView</name>
    <message>
        <source>New &amp;Training Program…</source>
        <translation>新建培训计划(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit Training Program…</source>
        <translation>编辑培训计划(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Training Program</source>
        <translation>删除培训计划(&amp;R)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Closed before</source>
        <translation>培训前成交</translation>
    </message>
    <message>
        <source>Closed after</source>
        <translation>培训后成交</translation>
    </message>
    <message>
        <source>Win rate before</source>
        <translation>培训前赢单率</translation>
    </message>
    <message>
        <source>Win rate after</source>
        <translation>培训后赢单率</translation>
    </message>
    <message>
        <source>Revenue before</source>
        <translation>培训前销售额</translation>
    </message>
    <message>
        <source>Revenue after</source>
        <translation>培训后销售额</translation>
    </message>
    <message>
        <source>Activities/week before</source>
        <translation>培训前每周活动</translation>
    </message>
    <message>
        <source>Activities/week after</source>
        <translation>培训后每周活动</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Compare windows of</source>
        <translation>对比窗口</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No training programs yet. Add one with New Training Program; enroll the reps who take part, and their figures before and after it are compared here.</source>
        <translation>还没有培训计划。用“新建培训计划”添加一个并登记参训人员，他们培训前后的数据会在这里对比。</translation>
    </message>
    <message>
        <source>“%1”: the %2 days before it (%3 – %4) against the %2 days after it (%5 – %6)%7.</source>
        <translation>“%1”：培训前 %2 天（%3 – %4）与培训后 %2 天（%5 – %6）对比%7。</translation>
    </message>
    <message>
        <source>, still running</source>
        <translation>，尚未结束</translation>
    </message>
    <message>
        <source>too few to tell</source>
        <translation>样本太少</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>赢 %1，输 %2</translation>
    </message>
    <message numerus="yes">
        <source>Attendees (%n reps)</source>
        <translation>
            <numerusform>参训人员（%n 人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The others (%n reps)</source>
        <translation>
            <numerusform>其他人员（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate: attendees %1 points, the others %2 points, a difference of %3.</source>
        <translation>赢单率：参训人员 %1 个百分点，其他人员 %2 个百分点，相差 %3。</translation>
    </message>
    <message>
        <source>Revenue per rep: attendees %1, the others %2.</source>
        <translation>人均销售额：参训人员 %1，其他人员 %2。</translation>
    </message>
    <message>
        <source>Fewer than 5 closed deals on a side: too few to tell a difference.</source>
        <translation>某一方成交少于 5 笔：样本太少，无法判断差异。</translation>
    </message>
    <message>
        <source>A comparison of figures, not a proof that the training caused them.</source>
        <translation>这是数据对比，并不证明变化由培训引起。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::UserGuideWindow</name>
    <message>
        <source>SalesDesk User Guide</source>
        <translation>SalesDesk 用户指南</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WeekPlanModel</name>
    <message numerus="yes">
        <source>%1 — %n activity(ies)</source>
        <translation>
            <numerusform>%1 — %n 项销售活动</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>week plan day heading</comment>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Time and subject</source>
        <translation>时间与主题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售人员</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to SalesDesk&lt;/h2&gt;&lt;p&gt;Your sales in one file on this computer: targets, deals, customers. Start a company, or open one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 SalesDesk&lt;/h2&gt;&lt;p&gt;您的销售数据保存在这台电脑上的一个文件里：目标、商机、客户。新建一家公司，或打开一家。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Bright Star Trading Co.</source>
        <translation>例如：明星贸易有限公司</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>Every total is in this currency. Deals in other currencies count at exchange rates you enter. It can change only while the company has no deals.</source>
        <translation>所有合计都以此币种计算。其他币种的商机按您输入的汇率折算。只有在公司还没有商机时才能更改。</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Create Company</source>
        <translation>新建公司(&amp;C)</translation>
    </message>
    <message>
        <source>Create and &amp;Import From Another CRM…</source>
        <translation>新建并从其他 CRM 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Home &amp;currency:</source>
        <translation>本位币(&amp;C)：</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Start a company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <source>&amp;Open a Company File…</source>
        <translation>打开公司文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Company</source>
        <translation>试用演示公司(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up company with three years of deals, customers and targets, to look around in. Your own companies stay apart from it.</source>
        <translation>一家虚构的公司，有三年的商机、客户和目标，供您随意浏览。您自己的公司与它互不相干。</translation>
    </message>
    <message>
        <source>Recent company files</source>
        <translation>最近的公司文件</translation>
    </message>
    <message>
        <source>Or open one</source>
        <translation>或打开一家</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>最近的文件：</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>新公司</translation>
    </message>
    <message>
        <source>Save the Company As</source>
        <translation>公司另存为</translation>
    </message>
    <message>
        <source>SalesDesk companies (*.salesdesk)</source>
        <translation>SalesDesk 公司文件 (*.salesdesk)</translation>
    </message>
    <message>
        <source>“%1” already exists: open it on the right, or choose another name or place.</source>
        <translation>“%1”已存在：请在右侧打开它，或换一个名称或位置。</translation>
    </message>
    <message>
        <source>SalesDesk speaks %1 from its next start.</source>
        <translation>SalesDesk 下次启动时将使用%1。</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>（找不到）</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Creates the company, then reads a CSV file into it: an export of Pipedrive, HubSpot, Zoho or Odoo, or a spreadsheet saved as CSV.</source>
        <translation>新建公司，然后读入一个 CSV 文件：Pipedrive、HubSpot、Zoho 或 Odoo 的导出文件，或另存为 CSV 的电子表格。</translation>
    </message>
    <message>
        <source>When the company&apos;s year begins: targets for a year or a quarter follow it (January for a calendar year; April for a year running April to March). Edit › Preferences changes it later.</source>
        <translation>公司的年度从何时开始：年度和季度目标按此划分（一月为自然年；四月为从四月到次年三月的财年）。以后可在“编辑 › 首选项”中更改。</translation>
    </message>
    <message>
        <source>The &amp;year starts in:</source>
        <translation>年度开始于(&amp;Y)：</translation>
    </message>
</context>
</TS>
