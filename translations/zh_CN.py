# -*- coding: utf-8 -*-
"""Fills translations/salesdesk_zh_CN.ts from the table below (terms from the glossary).

Run after `cmake --build BUILD --target salesdesk_translations_lupdate` has added new strings:
    python3 translations/zh_CN.py
Entries already translated in the .ts file are kept; the table fills the rest.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# (context or None, source) -> translation. A None context applies wherever the source appears.
T = {
    # Database
    "“%1” is already open in another SalesDesk (process %2 on %3). Close it there first, or open a copy.":
        "“%1”已在另一个 SalesDesk 中打开（%3 上的进程 %2）。请先在那里关闭，或打开一个副本。",
    "Cannot lock “%1”: the folder is not writable. Copy the file to a folder you can write to and open the copy.":
        "无法锁定“%1”：该文件夹不可写。请把文件复制到可写的文件夹，再打开副本。",
    "“%1” does not exist.": "“%1”不存在。",
    "Cannot read “%1”: %2": "无法读取“%1”：%2",
    "“%1” is not a SalesDesk data file.": "“%1”不是 SalesDesk 数据文件。",
    "The file is empty.": "该文件是空的。",
    "It is not a database at all.": "它根本不是数据库。",
    "“%1” is damaged: it is shorter than its own header says, as if it had been cut off while copying. Open a backup copy instead.":
        "“%1”已损坏：文件比其文件头所述的短，像是在复制时被截断了。请改为打开备份副本。",
    "It is an SQLite database of another program.": "它是其他程序的 SQLite 数据库。",
    "It belongs to another program (application id %1).": "它属于其他程序（应用标识 %1）。",
    "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).":
        "未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。",
    "Cannot open “%1”: %2": "无法打开“%1”：%2",
    "Migration %1 is missing from this build.": "此版本缺少数据迁移 %1。",
    "Could not update “%1” to version %2: %3": "无法将“%1”更新到版本 %2：%3",
    "“%1” already exists; SalesDesk will not overwrite it.": "“%1”已存在；SalesDesk 不会覆盖它。",
    "Cannot create the folder “%1”.": "无法创建文件夹“%1”。",
    "“%1” is not a currency code (use three letters such as CNY, USD or EUR).":
        "“%1”不是货币代码（请使用三个字母，如 CNY、USD 或 EUR）。",
    "“%1” is damaged and cannot be read. Open a backup copy instead.":
        "“%1”已损坏，无法读取。请改为打开备份副本。",
    "“%1” was written by a newer SalesDesk (data version %2; this SalesDesk reads up to version %3). Update SalesDesk to open it.":
        "“%1”由更新版本的 SalesDesk 写入（数据版本 %2；当前 SalesDesk 最高可读版本 %3）。请更新 SalesDesk 后再打开。",
    "“%1” is from an older SalesDesk; open it in the app once to update it.":
        "“%1”来自旧版 SalesDesk；请先在应用中打开一次以完成更新。",
    "Could not back up “%1” before updating it, so it was left as it is: %2":
        "更新前无法备份“%1”，因此保持原样未作改动：%2",
    "A backup cannot replace the file it copies.": "备份不能替换它所复制的文件。",
    "Could not write “%1”: %2": "无法写入“%1”：%2",
    "Could not replace “%1”.": "无法替换“%1”。",
    "Could not write “%1”.": "无法写入“%1”。",
    "“%1” is damaged: %2": "“%1”已损坏：%2",
    "row %1 of %2 refers to a missing row of %3": "%2 的第 %1 行引用了 %3 中不存在的行",
    # Undo commands
    "Add Deal": "添加商机", "Edit Deal": "编辑商机", "Mark Deal Won": "标记商机为赢单",
    "Mark Deal Lost": "标记商机为输单", "Move Deal": "移动商机", "Delete Deal": "删除商机",
    "Add Activity": "添加销售活动", "Edit Activity": "编辑销售活动",
    "Complete Activity": "完成销售活动", "Reopen Activity": "重新打开销售活动",
    "Delete Activity": "删除销售活动", "Edit Stages": "编辑阶段",
    # Demo
    "The number of deals must be between 0 and 10,000,000.": "商机数量必须在 0 到 10,000,000 之间。",
    "The number of years must be between 1 and 20.": "年数必须在 1 到 20 之间。",
    "Cancelled.": "已取消。",
    # Money
    "No amount given.": "未填写金额。",
    '"%1" is not an amount.': "“%1”不是有效金额。",
    '"%1" is too large an amount.': "金额“%1”过大。",
    # Pipeline vocabulary
    ("PipelineText", "Open"): "进行中",
    ("salesdesk::ui::DealEditor", "Email"): "电子邮箱",
    "Won": "赢单", "Lost": "输单",
    "Onboarding": "实施交付", "Active": "正常服务", "Issue": "有问题", "Renewal due": "待续约",
    "Referral": "转介绍", "Website": "官网", "Exhibition": "展会", "Cold call": "陌生拜访",
    "Existing customer": "老客户", "Other": "其他",
    "Call": "电话", "Meeting": "会议", "Visit": "拜访", "Email": "邮件", "Demo": "演示",
    "Task": "任务",
    "Lead": "潜在客户", "Initial contact": "初步接触", "Needs analysis": "需求分析",
    "Proposal & demo": "方案演示", "Negotiation & contract": "谈判签约",
    "Price": "价格", "Competitor": "竞争对手", "No budget": "无预算", "No decision": "未决策",
    "Timing": "时机不对",
    # Services
    "An activity needs a subject.": "销售活动需要填写主题。",
    "An activity needs a due date and time.": "销售活动需要截止日期和时间。",
    "Could not restore activity #%1.": "无法恢复销售活动 #%1。",
    "The company name cannot be empty.": "公司名称不能为空。",
    "Every stage needs a name.": "每个阶段都需要名称。",
    "A win probability is between 0 % and 100 %.": "赢单概率应在 0 % 到 100 % 之间。",
    "An idle limit cannot be negative.": "停滞天数上限不能为负数。",
    "The pipeline needs at least one stage that is not archived.": "销售漏斗至少需要一个未归档的阶段。",
    "The stage “%1” has deals or history; archive it instead of removing it.":
        "阶段“%1”中有商机或历史记录；请归档而不要删除。",
    "The stage “%1” still has %n open deal(s); move them before archiving it.":
        "阶段“%1”中仍有 %n 个进行中的商机；请先移走再归档。",
    "A deal needs a customer.": "商机需要填写客户。",
    "A deal needs a title.": "商机需要填写名称。",
    "The value cannot be negative.": "金额不能为负数。",
    "The expected close date cannot be before the deal was created (%1).":
        "预计成交日期不能早于商机的创建日期（%1）。",
    "A lost deal needs a reason.": "输单需要填写输单原因。",
    "Choose an open stage for the new deal.": "请为新商机选择一个未归档的阶段。",
    "Deal #%1 entered its current stage on %2; a move cannot be dated before that.":
        "商机 #%1 于 %2 进入当前阶段；移动日期不能早于此时间。",
    "Choose an open stage to move the deal to.": "请选择要移入的未归档阶段。",
    "The deal is already in “%1”.": "该商机已在“%1”阶段。",
    "The deal is already %1.": "该商机已经是%1。",
    "Could not restore deal #%1.": "无法恢复商机 #%1。",
    # Activities view
    "Which activities": "显示哪些销售活动",
    "Today": "今天", "This week (plan by day)": "本周（每日计划）", "Overdue": "已逾期",
    "All open": "全部未完成", "Sales rep filter": "按销售人员筛选", "New Activity…": "新建销售活动…",
    "Mark Done": "标记为完成", "Previous week": "上一周", "Next week": "下一周", "Show:": "显示：",
    "Sales rep:": "销售人员：", "Everyone": "全部人员", "Week %1: %2 – %3": "第 %1 周：%2 – %3",
    "Edit Activity": "编辑销售活动", "New Activity": "新建销售活动",
    "e.g. Call to confirm the budget": "例如：致电确认预算", "Done": "完成",
    "What came of it": "活动结果", "&Type:": "类型(&T)：", "&Subject:": "主题(&S)：",
    "&Due:": "截止时间(&D)：", "Sales &rep:": "销售人员(&R)：", "For:": "关联：",
    "&Outcome:": "结果(&O)：",
    "Due": "截止时间", "Type": "类型", "Subject": "主题", "Deal": "商机", "Customer": "客户",
    "Sales rep": "销售人员", "Outcome": "结果",
    # Board
    "Won (30 days)": "赢单（近 30 天）", "Lost (30 days)": "输单（近 30 天）",
    "%1 · weighted %2": "%1 · 加权 %2",
    "%n deal(s), total %1, weighted by win probability %2":
        "%n 个商机，合计 %1，按赢单概率加权 %2",
    "Idle": "停滞", "d MMM": "M月d日", "%n day(s)": "%n 天",
    # Deal editor
    "New Deal": "新建商机", "e.g. ERP licence for 50 users": "例如：50 用户 ERP 许可",
    "Type a name; a new customer is created if needed": "输入名称；如为新客户将自动创建",
    "%1 (%2 %)": "%1（%2 %）", "Override": "手动设置",
    "e.g. Send the revised quotation": "例如：发送修改后的报价",
    "&Title:": "名称(&T)：", "&Customer:": "客户(&C)：", "&Owner:": "负责人(&O)：",
    "&Value:": "金额(&V)：", "E&xpected close:": "预计成交日期(&X)：", "&Stage:": "阶段(&S)：",
    "Lost &reason:": "输单原因(&R)：", "Lost note:": "输单说明：",
    "After-sales service:": "售后服务：", "Win &probability:": "赢单概率(&P)：",
    "Sou&rce:": "来源(&R)：", "Pro&duct or service:": "产品或服务(&D)：",
    "Co&mpetitor:": "竞争对手(&M)：", "&Next step:": "下一步(&N)：",
    "Next step &date:": "下一步日期(&D)：", "No&tes:": "备注(&T)：",
    "Enter the value as a number, e.g. 12000 or 12000%1.": "请以数字填写金额，例如 12000 或 12000%1。",
    # List
    "Search title, customer, owner, product…": "搜索名称、客户、负责人、产品…",
    "Search deals": "搜索商机", "Status filter": "按状态筛选", "All deals": "全部商机",
    "Stage filter": "按阶段筛选", "Status:": "状态：", "Stage:": "阶段：", "Any stage": "全部阶段",
    # Deal model
    "No progress for %n day(s)": "已 %n 天无进展",
    "Title": "名称", "Owner": "负责人", "Stage": "阶段", "Status": "状态", "Value": "金额",
    "Win probability": "赢单概率", "Weighted value": "加权金额", "Expected close": "预计成交日期",
    "Next step": "下一步", "Next step date": "下一步日期", "Days in stage": "停留天数",
    "Source": "来源", "Product or service": "产品或服务", "After-sales service": "售后服务",
    "Created": "创建日期", "Closed": "结束日期",
    # Funnel
    "%1 — bottleneck": "%1 — 瓶颈", "Entered": "进入", "Moved on": "推进",
    "Conversion rate": "转化率", "Average days in stage": "平均停留天数",
    "Date range": "日期范围", "Last 90 days": "最近 90 天", "This year": "今年",
    "Last 12 months": "最近 12 个月", "All time": "全部时间", "Custom": "自定义",
    "Deals created:": "商机创建于：", "from": "从", "to": "至", "Sales funnel": "销售漏斗",
    "none": "无",
    "<b>%1</b> deals created in this range: <b>%2</b> won, <b>%3</b> lost, win rate <b>%4 %</b>. Bottleneck: <b style='color:#c0392b'>%5</b>.":
        "此范围内创建的商机 <b>%1</b> 个：赢单 <b>%2</b> 个，输单 <b>%3</b> 个，赢单率 <b>%4 %</b>。瓶颈：<b style='color:#c0392b'>%5</b>。",
    "Deals": "商机",
    # Lost dialog
    "Mark as Lost": "标记为输单", "Optional: what happened": "可选：发生了什么",
    "Why was the deal lost?": "为什么输单？", "&Reason:": "原因(&R)：", "&Note:": "说明(&N)：",
    # Main window
    "SalesDesk data files (*.salesdesk)": "SalesDesk 数据文件 (*.salesdesk)",
    "<h2>SalesDesk</h2><p>Open a company data file or create a new one to start.</p>":
        "<h2>SalesDesk</h2><p>打开一个公司数据文件，或新建一个以开始使用。</p>",
    "New Company File…": "新建公司文件…", "Open Company File…": "打开公司文件…",
    "&New Company File…": "新建公司文件(&N)…", "&Open…": "打开(&O)…",
    "Save a &Copy…": "另存副本(&C)…", "P&roperties…": "属性(&R)…", "&Close": "关闭(&C)",
    "&Quit": "退出(&Q)", "&Undo": "撤销(&U)", "&Redo": "重做(&R)",
    "&Preferences…": "首选项(&P)…", "&About SalesDesk": "关于 SalesDesk(&A)", "&File": "文件(&F)",
    "Open &Recent": "最近打开(&R)", "&Edit": "编辑(&E)", "&View": "视图(&V)",
    "&Pipeline": "销售过程(&P)", "&Help": "帮助(&H)", "SalesDesk": "SalesDesk",
    "%1 — %2 — SalesDesk": "%1 — %2 — SalesDesk", "&Clear List": "清除列表(&C)",
    "Cannot Create File": "无法创建文件", "Cannot Open File": "无法打开文件",
    "Updated the file to this version of SalesDesk; the old version is kept as %1.":
        "已将文件更新到当前版本的 SalesDesk；旧版本保存为 %1。",
    "New Company File": "新建公司文件", "New company.salesdesk": "新公司.salesdesk",
    "“%1” already exists. Choose another name; SalesDesk does not overwrite company files.":
        "“%1”已存在。请换一个名称；SalesDesk 不会覆盖公司文件。",
    "Open Company File": "打开公司文件", "Save a Copy": "另存副本",
    "%1 copy %2.salesdesk": "%1 副本 %2.salesdesk", "Cannot Save a Copy": "无法另存副本",
    "Saved a copy as %1.": "已将副本保存为 %1。", "Company Properties": "公司属性",
    "About SalesDesk": "关于 SalesDesk",
    "<h3>SalesDesk %1</h3><p>Offline sales strategy for small businesses: targets, pipeline, team, customers, market and performance, in one file per company.</p>":
        "<h3>SalesDesk %1</h3><p>面向小企业的离线销售策略工具：销售目标、销售过程、销售团队、客户关系、市场分析与销售绩效评估，每个公司一个文件。</p>",
    # Pipeline page
    "&New Deal…": "新建商机(&N)…", "Add a deal to the pipeline (Ctrl+Shift+N)": "向销售漏斗添加商机（Ctrl+Shift+N）",
    "&Edit Deal…": "编辑商机(&E)…", "&Delete Deal": "删除商机(&D)", "Mark &Won": "标记赢单(&W)",
    "Mark &Lost…": "标记输单(&L)…", "&Stages…": "阶段设置(&S)…", "&Find Deal": "查找商机(&F)",
    "Board": "看板", "List": "列表", "Activities": "销售活动", "Funnel analysis": "漏斗分析",
    "&Board": "看板(&B)", "&List": "列表(&L)", "&Activities": "销售活动(&A)",
    "&Funnel Analysis": "漏斗分析(&F)", "Show the deals of": "显示谁的商机", "Deals of:": "负责人：",
    "Added “%1”.": "已添加“%1”。", "Move %n Deal(s)": "移动 %n 个商机",
    "Delete %n Deal(s)": "删除 %n 个商机", "Deleted %n deal(s). Undo with Ctrl+Z.": "已删除 %n 个商机。按 Ctrl+Z 撤销。",
    # Preferences and properties
    "Preferences": "首选项", "System language": "跟随系统", "&Language:": "语言(&L)：",
    "The new language applies the next time SalesDesk starts.": "新语言将在下次启动 SalesDesk 时生效。",
    "The currency applies to new deals; existing deals keep the currency they were entered in.":
        "货币适用于新商机；已有商机保留录入时的货币。",
    "Company &name:": "公司名称(&N)：", "&Currency:": "货币(&C)：",
    # Stages
    "Pipeline Stages": "销售阶段",
    "Deals move through these stages from left to right on the Board. A deal counts as idle when it stays in a stage longer than the idle limit. Archive a stage to hide it without losing its history.":
        "商机在看板上从左到右依次经过这些阶段。商机在某阶段停留超过停滞天数上限即视为停滞商机。归档阶段可将其隐藏而不丢失历史记录。",
    "Win probability (%)": "赢单概率（%）", "Idle limit (days)": "停滞天数上限", "Archived": "已归档",
    "&Add Stage": "添加阶段(&A)", "Move &Up": "上移(&U)", "Move &Down": "下移(&D)",
    "New stage": "新阶段",
    # Week plan
    "%1 — %n activity(ies)": "%1 — %n 项销售活动", "dddd, d MMMM": "M月d日 dddd",
    "Time and subject": "时间与主题",
    "weighted %1": "加权 %1",
    "%1: %n deal(s), total %2, weighted by win probability %3": "%1：%n 个商机，合计 %2，按赢单概率加权 %3",
    "Edit Customer": "编辑客户",
    # Targets
    "Sales targets (targets add|split|adjust|list|progress)": "销售目标（targets add|split|adjust|list|progress）",
    "“%1” is not a rate; write 0.25 or 25%.": "“%1”不是比率；请写成 0.25 或 25%。",
    "“%1” is not a whole number.": "“%1”不是整数。",
    "There is no sales rep “%1”.": "没有销售人员“%1”。",
    "--scope is company, rep:NAME, team:NAME or product:NAME, not “%1”.":
        "--scope 应为 company、rep:姓名、team:团队 或 product:产品，而不是“%1”。",
    "Adds a sales target.": "添加销售目标。",
    "revenue, won_deals, new_customers, activities, avg_deal, win_rate or manual.":
        "revenue、won_deals、new_customers、activities、avg_deal、win_rate 或 manual。",
    "2026, 2026Q3, 2026-07 or 2026-W27.": "2026、2026Q3、2026-07 或 2026-W27。",
    "The target: an amount for money, a number for counts, 0.25 or 25% for a rate.":
        "目标值：金额类填金额，数量类填数字，比率填 0.25 或 25%。",
    "company (default), rep:NAME, team:NAME or product:NAME.": "company（默认）、rep:姓名、team:团队 或 product:产品。",
    "The target's name.": "目标名称。", "The strategic objective it serves.": "所服务的战略目标。",
    "What the target is about.": "目标的说明。", "targets add needs --%1.": "targets add 需要 --%1。",
    "there is no metric “%1”.": "没有指标“%1”。",
    "“%1” is not a period; write 2026, 2026Q3, 2026-07 or 2026-W27.": "“%1”不是期间；请写成 2026、2026Q3、2026-07 或 2026-W27。",
    "Added target #%1": "已添加目标 #%1",
    "Splits a target into periods or into reps, teams or products.": "将目标分解到期间，或分解到销售人员、团队或产品。",
    "The target's id.": "目标编号。", "quarters, months, weeks, reps, teams or products.": "quarters、months、weeks、reps、teams 或 products。",
    "even (default), seasonal or weights.": "even（默认）、seasonal 或 weights。",
    "With --method weights: one weight per part, w1,w2,…": "配合 --method weights：每部分一个权重，w1,w2,…",
    "Today, for which years of history are complete.": "“今天”，用于判断哪些历史年份已完整。",
    "targets split needs --id N and --into WHAT.": "targets split 需要 --id N 和 --into 分解方式。",
    "--into is quarters, months, weeks, reps, teams or products.": "--into 应为 quarters、months、weeks、reps、teams 或 products。",
    "--method is even, seasonal or weights.": "--method 应为 even、seasonal 或 weights。",
    "--weights takes numbers separated by commas.": "--weights 需要以逗号分隔的数字。",
    "Revises a target's value; the reason is kept in its history.": "调整目标值；调整原因记入调整记录。",
    "The new value.": "新的目标值。", "Why it changes.": "调整原因。",
    "Spread the change over its parts (locked ones stay).": "将变化分摊到各部分（锁定的部分不变）。",
    "For a part: let the other unlocked parts absorb the change.": "用于分解后的部分：由其他未锁定部分吸收变化。",
    "targets adjust needs --id N, --value V and --reason TEXT.": "targets adjust 需要 --id N、--value V 和 --reason 原因。",
    "Target #%1 is now %2": "目标 #%1 现为 %2", "Lists all targets.": "列出全部目标。",
    "Progress of the targets of a period, or of all of them.": "某期间（或全部）目标的进度。",
    "Only the targets of this period.": "只看此期间的目标。", "The date to measure at (default: today).": "计算进度的日期（默认：今天）。",
    "targets needs a sub-command: add, split, adjust, list or progress.": "targets 需要子命令：add、split、adjust、list 或 progress。",
    "unknown “targets %1”; use add, split, adjust, list or progress.": "未知的“targets %1”；请使用 add、split、adjust、list 或 progress。",
    "Nothing to rebalance.": "没有可重新平衡的部分。", "A target cannot be negative.": "目标不能为负数。",
    "Every other part is locked, so this one must stay as it is for the parts to add up.":
        "其他部分都已锁定，为使各部分之和不变，此部分只能保持原值。",
    "That leaves less than nothing for the other parts: together with the locked parts it is more than the whole.":
        "这样其他部分将不足为零：它与锁定部分之和已超过总目标。",
    "The locked parts do not leave room for the new value.": "锁定的部分没有为新值留出余地。",
    "There is no target #%1.": "不存在目标 #%1。",
    "Revenue": "销售额", "Won deals": "赢单数", "New customers": "新客户数", "Completed activities": "完成的销售活动",
    "Average deal size": "平均成交金额", "Win rate": "赢单率", "Entered by hand": "手工录入",
    "Not started": "未开始", "On track": "正常", "At risk": "有风险", "Behind": "落后", "Achieved": "已达成", "Missed": "未达成",
    ("TargetText", "Even"): "平均分解", "Seasonal": "按季节性", "Custom weights": "自定义权重", "Typed amounts": "直接输入金额",
    "Company": "公司", "Team %1": "团队 %1", "A target needs a name.": "目标需要名称。",
    "A target needs a period: a year, quarter, month or week.": "目标需要期间：年、季度、月或周。",
    "A win rate cannot be above 100 %.": "赢单率不能超过 100 %。",
    "Choose the sales rep the target is for.": "请选择目标所属的销售人员。",
    "Name the team the target is for.": "请填写目标所属的团队。", "Name the product the target is for.": "请填写目标所属的产品。",
    "“%1” is already split; remove its parts first to split it another way.": "“%1”已分解；如需换一种分解方式，请先删除其各部分。",
    "A year splits into quarters or months, a quarter into months, a month into weeks.": "年可分解为季度或月，季度分解为月，月分解为周。",
    "Only a company-wide target splits into reps, teams or products.": "只有公司整体目标可以分解到销售人员、团队或产品。",
    "No sales rep belongs to a team yet.": "还没有销售人员属于任何团队。",
    "There is nothing to split it into yet.": "目前还没有可以分解到的对象。",
    "Give %n number(s), one for each part.": "请给出 %n 个数字，每部分一个。",
    "Weights and amounts cannot be negative.": "权重和金额不能为负数。",
    "The book has no complete year of history for this period yet, so the target was split evenly.":
        "账簿中还没有此期间的完整历史年份，因此目标已平均分解。",
    "Split by the shares of the last %n complete year(s).": "按最近 %n 个完整年份的占比分解。",
    "Say why the target changes; the reason is kept in its history.": "请说明目标为何调整；原因将记入调整记录。",
    "The target is already %1.": "目标已经是 %1。", "Re-spread from “%1”: %2": "随“%1”重新分摊：%2",
    "Rebalanced after “%1” changed: %2": "因“%1”调整而重新平衡：%2",
    "Only a target entered by hand takes hand-entered actuals; the others are computed from the book.":
        "只有手工录入的目标可以录入实际值；其他目标由账簿数据计算。",
    "%1 for %2, described.": "%2 的%1，已有说明。",
    "Say in a sentence what the target is about, so everyone reads it the same way.": "用一句话说明目标内容，让每个人理解一致。",
    "Entered by hand: remember to record the actual as it changes.": "手工录入：请在实际值变化时及时记录。",
    "Measured from the book's own deals and activities.": "由账簿中的商机和销售活动计算。",
    "Serves the objective “%1”.": "服务于战略目标“%1”。", "Link the target to one of the company's objectives.": "请把目标关联到公司的某个战略目标。",
    "Runs from %1 to %2.": "从 %1 到 %2。", "Choose the period the target is for.": "请选择目标的期间。",
    "No history to compare with.": "没有可比较的历史。",
    "There is no complete same period last year to compare with.": "没有完整的去年同期可供比较。",
    "Asks for %1 growth on the same period last year; there is not enough history to know the best growth so far.":
        "要求比去年同期增长 %1；历史数据不足，无法得知以往的最佳增长。",
    "Asks for %1 growth on the same period last year; the best year-over-year growth on record is %2.":
        "要求比去年同期增长 %1；有记录以来的最佳同比增长为 %2。",
    "Asks for %1 growth on the same period last year; the book has done %2 before.":
        "要求比去年同期增长 %1；以往曾达到 %2。",
    # Targets UI
    "Add Target": "添加目标", "Split Target": "分解目标", "Adjust Target": "调整目标",
    "Lock Target": "锁定目标", "Unlock Target": "解除锁定", "Delete Target": "删除目标",
    "Adjust “%1”": "调整“%1”", "Why the target changes (kept in its history)": "目标调整的原因（记入调整记录）",
    "Spread the change over its parts (locked parts stay)": "将变化分摊到各部分（锁定部分不变）",
    "Let the other parts absorb the difference": "由其他部分吸收差额",
    "Now:": "当前：", "&New target:": "新目标(&N)：", "Enter the new target.": "请输入新的目标值。",
    "Say why the target changes.": "请说明调整原因。", "&Targets": "销售目标(&T)", "Sales targets": "销售目标",
    "Sales process": "销售过程", "Sales &Targets": "销售目标(&T)", "Sales &Process": "销售过程(&P)",
    "Enter the rate in percent, 0 to 100.": "请以百分比输入比率，0 到 100。", "Enter a whole number.": "请输入整数。",
    "New Target": "新建目标", "The whole company": "整个公司", "A sales rep": "某位销售人员",
    "A team or region": "某个团队或区域", "A product or service": "某个产品或服务",
    "Year": "年度", "Quarter": "季度", "Month": "月度", "Week": "每周",
    "e.g. Grow East China region": "例如：拓展华东市场", "What the target is about, in a sentence": "用一句话说明目标",
    "&Measure:": "指标(&M)：", "&For:": "对象(&F)：", "&Period:": "期间(&P)：", "&Target:": "目标值(&T)：",
    "&Name:": "名称(&N)：", "&Objective:": "战略目标(&O)：", "&Description:": "说明(&D)：",
    "<b>SMART check</b>": "<b>SMART 检查</b>", "month ": "月 ", "week ": "周 ",
    "Team or region name": "团队或区域名称", "%1 · %2 · %3": "%1 · %2 · %3", "Enter the target.": "请输入目标值。",
    "Specific": "具体", "Measurable": "可衡量", "Achievable": "可实现", "Relevant": "相关性", "Time-bound": "时限性",
    "Split “%1”": "分解“%1”", "Quarters": "季度", "Months": "月份", "Weeks": "周", "Sales reps": "销售人员",
    "Teams": "团队", "Products": "产品", "One number per part, separated by commas": "每部分一个数字，以逗号分隔",
    "Part": "部分", ("salesdesk::ui::SplitTargetDialog", "Target"): "目标值",
    "Split &into:": "分解为(&I)：", "&Method:": "方法(&M)：", "&Weights or amounts:": "权重或金额(&W)：",
    "Write the numbers like 1, 2, 3.": "请按 1, 2, 3 的格式填写数字。",
    "The parts add up to %1, not %2.": "各部分之和为 %1，而不是 %2。",
    "When": "时间", "Change": "变化", "Reason": "原因", "Burn-up": "累计进度", "Parts: target and actual": "各部分：目标与实际",
    "<b>Adjustments</b>": "<b>调整记录</b>", "Choose a target": "请选择目标",
    "Pick a target on the left to see its progress, its SMART check and how it was adjusted.":
        "在左侧选择一个目标，查看其进度、SMART 检查和调整记录。",
    "%1 · %2 · %3 to %4": "%1 · %2 · %3 至 %4", "Target <b>%1</b>": "目标 <b>%1</b>", "(originally %1)": "（原目标 %1）",
    "Actual <b>%1</b> (%2 %) · expected by %3: %4 · projected: %5": "实际 <b>%1</b>（%2 %）· 截至 %3 应完成：%4 · 预计：%5",
    "Actual": "实际", ("salesdesk::ui::TargetDetail", "Target"): "目标", "Original target": "原目标",
    "Cumulative, thousand %1": "累计（千 %1）", "Cumulative, %1": "累计（%1）", "Cumulative, thousands": "累计（千）",
    "Cumulative": "累计", "Not split into parts": "尚未分解", "Originally %1": "原目标 %1",
    "Locked: rebalancing leaves it as it is": "已锁定：重新平衡时保持不变",
    ("salesdesk::ui::TargetModel", "Target"): "目标", "Period": "期间", "For": "对象", "Goal": "目标值",
    "Attainment": "达成率", "New &Target…": "新建目标(&T)…", "&Split…": "分解(&S)…", "&Adjust…": "调整(&A)…",
    "&Lock": "锁定(&L)", "A locked part keeps its value when the others are rebalanced": "重新平衡其他部分时，锁定的部分保持不变",
    "&Delete Target": "删除目标(&D)", "Progress as of": "进度截至", "Progress as of:": "进度截至：",
    "Record Actual": "录入实际值", "Now": "当前", "After": "调整后", " (locked)": "（已锁定）",
    "Compared with what a target expects by now: at or above the first it is on track, at or above the second at risk, below that behind.":
        "与目标到目前应完成的数值相比：达到第一个比例为正常，达到第二个比例为有风险，低于则为落后。",
    "On &track from:": "正常(&T)自：", "At &risk from:": "有风险(&R)自：", "%1 (parts %2%3)": "%1（各部分 %2%3）",
    "&Record Actual…": "录入实际值(&R)…", "For a target entered by hand: what has been achieved so far": "用于手工录入的目标：到目前已完成的数值",
    "“%1” achieved so far (as of %2):": "“%1”到目前已完成（截至 %2）：",
    # Customers
    "Customer segments: high-value, potential, general": "客户分类：高价值、潜力、一般",
    "Computes every customer's segment (high-value, potential, general) and records the changes.":
        "计算每位客户的分类（高价值、潜力、一般）并记录变化。",
    "The date to compute at (default: today).": "计算日期（默认：今天）。",
    "High-value": "高价值客户", "Potential": "潜力客户", "General": "一般客户",
    "Say why this customer is put in another segment.": "请说明为何把该客户调整到其他分类。",
    "Customers due for a contact (communication plans)": "到期需跟进的客户（沟通计划）",
    "Customers due or overdue for a contact under the communication plans.": "按沟通计划到期或逾期需跟进的客户。",
    "The date to look at (default: today).": "查看的日期（默认：今天）。",
    "%1 days overdue": "逾期 %1 天", "due today": "今天到期",
    "A contact cadence is a number of days.": "沟通周期应为天数。",
    "Feedback belongs to a customer.": "客户反馈需要关联客户。",
    "Feedback needs the date it was received.": "客户反馈需要填写收到日期。",
    "Satisfaction is scored from 1 to 5.": "满意度评分为 1 到 5。",
    "The recommendation score is from 0 to 10.": "推荐意愿评分为 0 到 10。",
    # Customers UI
    "%1 · at risk": "%1 · 有流失风险", "%1 (%n day(s) late)": "%1（逾期 %n 天）",
    "Recency %1, frequency %2, value %3 (1–5, 5 best)": "最近购买 %1、购买频率 %2、购买金额 %3（1–5 分，5 为最好）",
    "Segment": "客户分类", "Contact": "联系人", "Last purchase": "最近购买", "Purchases": "购买次数",
    "Value (%n month(s))": "金额（%n 个月）", "R-F-M": "R-F-M", "Next contact": "下次跟进",
    "Search name, contact, phone, email…": "搜索名称、联系人、电话、邮箱…", "Segment filter": "按客户分类筛选",
    "All segments": "全部分类", "Due for a contact": "到期需跟进", "Date": "日期", "What": "事项", "Details": "详情",
    "<b>Deals</b>": "<b>商机</b>", "<b>Timeline</b>": "<b>时间线</b>", ("salesdesk::ui::SegmentChart", "Customers"): "客户数", ("salesdesk::ui::MainWindow", "Customers"): "客户关系",
    "%1: %n<br>%2": "%1：%n<br>%2", "%1 → %2": "%1 → %2",
    "Customers and purchases in %n month(s) per segment": "各分类客户数及其 %n 个月购买金额",
    "Satisfaction by month: no feedback in the last 12 months": "按月满意度：最近 12 个月没有客户反馈",
    "Satisfaction by month (CSAT 1–5) · 12 months: %1": "按月满意度（CSAT 1–5）· 近 12 个月：%1",
    "Satisfaction by month (CSAT 1–5) · 12 months: %1, NPS %2": "按月满意度（CSAT 1–5）· 近 12 个月：%1，NPS %2",
    "Choose a customer": "请选择客户", "Contact: %1 · %2 · %3": "联系人：%1 · %2 · %3",
    "Segment: <b>%1</b>%2 · R-F-M %3-%4-%5": "客户分类：<b>%1</b>%2 · R-F-M %3-%4-%5",
    " (at risk)": "（有流失风险）", "Lifetime value <b>%1</b> in %n purchase(s)": "客户价值 <b>%1</b>，共购买 %n 次",
    "first %1, last %2, average %3": "首次 %1，最近 %2，平均 %3",
    "Next contact due %1 (every %n day(s))": "下次跟进 %1（每 %n 天一次）",
    "Satisfaction %1 / 5 from %n piece(s) of feedback": "满意度 %1 / 5（来自 %n 条反馈）",
    " (planned)": "（计划）", "Feedback %1/5": "反馈 %1/5", "&Customers": "客户关系(&C)",
    # Command line
    "Create an empty company data file": "创建空白公司数据文件",
    "Write a realistic demo company": "生成逼真的演示公司",
    "Check a data file's integrity": "检查数据文件的完整性",
    "Write a consistent copy of a data file": "写出数据文件的一致副本",
    "List, add and move deals (deals list|add|move)": "列出、添加和移动商机（deals list|add|move）",
    "Stage conversion, dwell times and the bottleneck": "阶段转化率、停留时间与瓶颈",
    "SalesDesk %1 — offline sales strategy for small businesses.\n\nUsage:\n  salesdesk [FILE.salesdesk]          start the app (on FILE)\n  salesdesk COMMAND [OPTIONS]         run a command headless\n\nCommands:\n":
        "SalesDesk %1 — 面向小企业的离线销售策略工具。\n\n用法：\n  salesdesk [文件.salesdesk]          启动应用（打开该文件）\n  salesdesk 命令 [选项]               以无界面方式运行命令\n\n命令：\n",
    "\nRun “salesdesk COMMAND --help” for a command's options.\nExit codes: 0 success, 1 wrong usage, 2 bad data or file, 3 internal error.":
        "\n运行“salesdesk 命令 --help”查看该命令的选项。\n退出码：0 成功，1 用法错误，2 数据或文件有误，3 内部错误。",
    "unknown command “%1”; run “salesdesk --help”.": "未知命令“%1”；请运行“salesdesk --help”。",
    "Writes a consistent copy of a data file, even while it is open in the app.":
        "写出数据文件的一致副本，即使应用正打开该文件。",
    "The copy to write.": "要写出的副本。", "backup needs --out FILE.": "backup 需要 --out 文件。",
    "Wrote %1": "已写入 %1",
    "Checks SQLite integrity, foreign keys and SalesDesk's own rules. Exits 0 only when the file is healthy.":
        "检查 SQLite 完整性、外键和 SalesDesk 自身规则。仅当文件完好时退出码为 0。",
    "%1: ok": "%1：正常", "%1: %2 problem(s)": "%1：%2 个问题",
    "Lists deals.": "列出商机。", "Only deals in this stage.": "只列出此阶段的商机。",
    "open, won or lost.": "open（进行中）、won（赢单）或 lost（输单）。",
    "there is no stage “%1”; the stages are: %2.": "没有阶段“%1”；现有阶段为：%2。",
    "--status is open, won or lost, not “%1”.": "--status 应为 open、won 或 lost，而不是“%1”。",
    "id": "编号", "title": "名称", "customer": "客户", "stage": "阶段", "value": "金额",
    "expected close": "预计成交", "%1 deal(s)": "%1 个商机",
    "Adds a deal, creating the customer and owner by name when they are new.":
        "添加商机；客户或负责人为新名称时自动创建。",
    "The deal's title.": "商机名称。", "The customer's name.": "客户名称。",
    "The value in the book's currency, e.g. 12000 or 12000.50.": "以账簿货币计的金额，例如 12000 或 12000.50。",
    "The stage (default: the first).": "阶段（默认：第一个阶段）。",
    "The sales rep who owns it.": "负责该商机的销售人员。", "Expected close date.": "预计成交日期。",
    "Back-dates the deal's creation (entering history).": "倒填商机的创建日期（补录历史）。",
    "Product or service.": "产品或服务。", "deals add needs --%1.": "deals add 需要 --%1。",
    "--value cannot be negative.": "--value 不能为负数。", "--title cannot be empty.": "--title 不能为空。",
    "Added deal #%1": "已添加商机 #%1",
    "Moves a deal to a stage, or closes it as won or lost, and records the change in its stage history.":
        "将商机移到某阶段，或以赢单/输单结束，并记入阶段历史。",
    "The deal's id.": "商机编号。", "A stage, or won, or lost.": "某个阶段，或 won、lost。",
    "Why it was lost: a reason from the book's list, or free text.": "输单原因：账簿原因列表中的一项，或自由文本。",
    "When it happened (back-entering history).": "发生时间（补录历史）。",
    "deals move needs --id N and --stage S.": "deals move 需要 --id N 和 --stage S。",
    "there is no stage “%1”; use won, lost or one of: %2.": "没有阶段“%1”；请使用 won、lost 或以下之一：%2。",
    "Moved deal #%1": "已移动商机 #%1",
    "deals needs a sub-command: list, add or move.": "deals 需要子命令：list、add 或 move。",
    "unknown “deals %1”; use list, add or move.": "未知的“deals %1”；请使用 list、add 或 move。",
    "Writes a realistic demo company. The same options always write the same content.":
        "生成逼真的演示公司。相同的选项总是生成相同的内容。",
    "The new data file.": "新的数据文件。", "Number of deals (default 1000).": "商机数量（默认 1000）。",
    "Random seed (default 1).": "随机种子（默认 1）。", "Years of history (default 3).": "历史年数（默认 3）。",
    "The demo's today (default: today).": "演示数据的“今天”（默认：今天）。",
    "Currency code (default CNY).": "货币代码（默认 CNY）。",
    "Names in the data: en or zh_CN (default en).": "数据中名称的语言：en 或 zh_CN（默认 en）。",
    "demo needs --out FILE.": "demo 需要 --out 文件。",
    "--deals, --seed and --years take whole numbers.": "--deals、--seed 和 --years 需要整数。",
    "--language is en or zh_CN, not “%1”.": "--language 应为 en 或 zh_CN，而不是“%1”。",
    "demo: %1 of %2 deals": "demo：%1 / %2 个商机",
    "Wrote %1: %2 deals, %3 customers, %4 reps, %5 activities in %6 s":
        "已写入 %1：%2 个商机、%3 个客户、%4 名销售人员、%5 项销售活动，用时 %6 秒",
    "Stage-to-stage conversion and average days in each stage of the deals created in a date range, and the bottleneck stage.":
        "某日期范围内创建的商机的阶段转化率、各阶段平均停留天数及瓶颈阶段。",
    "First creation date (inclusive).": "创建日期起（含）。", "Last creation date (inclusive).": "创建日期止（含）。",
    "--to is before --from.": "--to 早于 --from。",
    "entered": "进入", "advanced": "推进", "conversion": "转化率", "avg days": "平均天数",
    "%1 deals, %2 won, %3 lost, win rate %4 %, bottleneck: %5": "%1 个商机，赢单 %2，输单 %3，赢单率 %4 %，瓶颈：%5",
    "Creates an empty company data file (never overwrites one).": "创建空白公司数据文件（绝不覆盖已有文件）。",
    "The new data file (.salesdesk).": "新的数据文件（.salesdesk）。", "The company's name.": "公司名称。",
    "ISO 4217 code of the book's currency (default: the system's).": "账簿货币的 ISO 4217 代码（默认：系统货币）。",
    "new needs exactly one FILE.": "new 需要且仅需要一个文件。", "Created %1": "已创建 %1",
    "The data file (default: %1).": "数据文件（默认：%1）。",
    "Print one JSON document instead of a table.": "输出一个 JSON 文档而不是表格。",
    "Run “salesdesk %1 --help” for the options.": "运行“salesdesk %1 --help”查看选项。",
    "--%1 “%2” is not a date; write it as YYYY-MM-DD.": "--%1“%2”不是日期；请写成 YYYY-MM-DD。",
    "--%1 “%2” is not a date or time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.":
        "--%1“%2”不是日期或时间；请写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SS。",
    "New &Demo Company…": "新建演示公司(&D)…",
    "Try SalesDesk on a made-up company with a few years of deals": "用一家虚构公司几年的商机数据试用 SalesDesk",
    "New Demo Company": "新建演示公司", "Demo company.salesdesk": "演示公司.salesdesk",
    "How many deals (over the last three years)?": "生成多少个商机（分布在最近三年）？",
    "Writing the demo company…": "正在生成演示公司…", "Cancel": "取消",
    "There is no activity #%1.": "不存在销售活动 #%1。", "There is no deal #%1.": "不存在商机 #%1。",
    "Could not prepare the new file.": "无法准备新文件。", "There is no customer #%1.": "不存在客户 #%1。",
    "Every lost reason needs a name.": "每个输单原因都需要名称。",
    "%n lost deal(s) give “%1” as the reason; archive it instead of removing it.":
        "有 %n 个输单以“%1”为原因；请归档而不要删除。",
    "A customer needs a name.": "客户需要名称。",
    "Contact person": "联系人", "Phone": "电话", "Contact:": "联系方式：",
    "&Stages and Lost Reasons…": "阶段与输单原因(&S)…", "Move to Stage": "移到阶段",
    "New &Activity for This Deal…": "为此商机新建销售活动(&A)…",
    "&Edit Activity…": "编辑销售活动(&E)…", "&Reopen": "重新打开(&R)", "Mark &Done": "标记为完成(&D)",
    "&Delete Activity": "删除销售活动(&D)", "Stages and Lost Reasons": "阶段与输单原因",
    "Lost reason": "输单原因", "Stages": "阶段",
    "The reasons offered when a deal is marked lost. Archive a reason that lost deals still give, instead of removing it.":
        "标记输单时可选的原因。仍被输单引用的原因请归档，不要删除。",
    "&Add Reason": "添加原因(&A)", "New reason": "新原因", "Lost reasons": "输单原因",
    "%n open deal(s) · pipeline %1 · weighted %2 · %3 idle · %4 overdue activities":
        "进行中商机 %n 个 · 商机金额 %1 · 加权 %2 · 停滞 %3 个 · 逾期销售活动 %4 项",
    # Import and export (导入 / 导出)
    "Import customers, contacts, deals or activities from CSV": "从 CSV 导入客户、联系人、商机或销售活动",
    "Export customers, contacts, deals or activities": "导出客户、联系人、商机或销售活动",
    "Imports customers, contacts, deals or activities from a CSV or TSV export of a spreadsheet or another CRM, in one step that writes everything or nothing.":
        "从表格或其他 CRM 导出的 CSV/TSV 文件导入客户、联系人、商机或销售活动，一步完成：要么全部写入，要么什么都不写。",
    "customers, contacts, deals or activities": "customers（客户）、contacts（联系人）、deals（商机）或 activities（销售活动）",
    "The CSV or TSV file.": "CSV 或 TSV 文件。",
    "Which program wrote the file: auto, salesdesk, pipedrive, hubspot, zoho, odoo or other.":
        "文件由哪个程序导出：auto、salesdesk、pipedrive、hubspot、zoho、odoo 或 other。",
    "auto, utf-8, gb18030 or utf-16.": "auto、utf-8、gb18030 或 utf-16。",
    "How numeric dates are written when the file does not show it: dmy or mdy.":
        "文件本身看不出时，数字日期的写法：dmy（日/月/年）或 mdy（月/日/年）。",
    "What to do with a row that matches a record of the book: skip, update or create.":
        "与账簿中已有记录相同的行如何处理：skip（跳过）、update（更新）或 create（新建）。",
    "Check every row and say what would happen; write nothing.": "检查每一行并说明将会发生什么；不写入任何内容。",
    "Import the valid rows and leave out the invalid ones (written to --rejects).":
        "导入有效行，跳过无效行（写入 --rejects 指定的文件）。",
    "Where to write the rejected rows with the reason.": "被拒绝的行及原因写到哪里。",
    "Name what to import and the file: salesdesk import deals FILE.csv": "请指明导入内容和文件：salesdesk import deals 文件.csv",
    "“%1” cannot be imported; choose customers, contacts, deals or activities.":
        "无法导入“%1”；请选择 customers、contacts、deals 或 activities。",
    "Unknown --source “%1”.": "未知的 --source“%1”。", "Unknown --encoding “%1”.": "未知的 --encoding“%1”。",
    "--dates is dmy or mdy.": "--dates 只能是 dmy 或 mdy。",
    "--duplicates is skip, update or create.": "--duplicates 只能是 skip、update 或 create。",
    "--rejects goes with --skip-invalid.": "--rejects 需与 --skip-invalid 一起使用。",
    "%1 % of %2 rows": "%2 行已完成 %1 %",
    ("Cli", "Line %1: %2"): "第 %1 行：%2", "Line %1, %2: %3": "第 %1 行，%2：%3",
    "%1 rows read (%2, %3): %4 new, %5 updated, %6 skipped, %7 rejected.":
        "读取 %1 行（%2，%3）：新建 %4，更新 %5，跳过 %6，拒绝 %7。",
    "Dry run: nothing was written.": "试运行：未写入任何内容。",
    "Nothing was written: fix the rows above, or import the valid ones with --skip-invalid.":
        "未写入任何内容：请修正上面的行，或用 --skip-invalid 只导入有效行。",
    "Imported in %1 s.": "导入用时 %1 秒。",
    "Exports customers, contacts, deals or activities to CSV (UTF-8 with BOM, or GB18030) or XLSX.":
        "将客户、联系人、商机或销售活动导出为 CSV（带 BOM 的 UTF-8，或 GB18030）或 XLSX。",
    "The file to write: .csv or .xlsx.": "要写入的文件：.csv 或 .xlsx。",
    "For CSV: utf-8 (with BOM, the default) or gb18030.": "CSV 的编码：utf-8（带 BOM，默认）或 gb18030。",
    "Name what to export: customers, contacts, deals or activities.": "请指明导出内容：customers、contacts、deals 或 activities。",
    "Name the file to write with --out.": "请用 --out 指定要写入的文件。",
    "--encoding is utf-8 or gb18030.": "--encoding 只能是 utf-8 或 gb18030。",
    "%1 rows written to %2.": "已将 %1 行写入 %2。",
    "The file is not valid UTF-8; try GB18030.": "文件不是有效的 UTF-8；请尝试 GB18030。",
    "UTF-8 with BOM": "带 BOM 的 UTF-8", "This system cannot decode GB18030.": "本系统无法解码 GB18030。",
    "The file is neither UTF-8 nor GB18030 text.": "文件既不是 UTF-8 也不是 GB18030 文本。",
    "The file is not valid UTF-16 text.": "文件不是有效的 UTF-16 文本。",
    "Out of memory reading the file.": "读取文件时内存不足。",
    "Line %1 cannot be read: %2": "第 %1 行无法读取：%2",
    "The record starting on line %1 opens a quote (\") that is never closed.":
        "从第 %1 行开始的记录有一个引号（\"）没有闭合。",
    "The file is empty: it has no header row.": "文件是空的：没有标题行。",
    "Line %1 has %2 fields but the header has %3; is the delimiter right?": "第 %1 行有 %2 个字段，但标题行只有 %3 个；分隔符对吗？",
    ("ExportDialog", "Export"): "导出", "What to export:": "导出内容：",
    "CSV, UTF-8 for current Excel and other programs (*.csv)": "CSV，UTF-8，适用于新版 Excel 及其他程序 (*.csv)",
    "CSV, GB18030 for older Excel on Chinese Windows (*.csv)": "CSV，GB18030，适用于中文 Windows 上的旧版 Excel (*.csv)",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)", "Export %1": "导出%1", "Export Failed": "导出失败",
    "Cannot write “%1”.": "无法写入“%1”。",
    ("ImportColumns", "Customers"): "客户", "Contacts": "联系人",
    "Recognise automatically": "自动识别", "Other spreadsheet": "其他表格",
    "Company or individual": "公司或个人", "Industry": "行业", "Region": "地区", "Address": "地址",
    "Customer source": "客户来源", "Tags": "标签", "Service notes": "个性化服务备注",
    "First name": "名", "Last name": "姓", "Role": "职位", "WeChat ID": "微信号",
    "Contact notes": "联系人备注", "Primary contact": "主要联系人", "Deal title": "商机名称",
    "Currency": "币种", "Probability": "赢单概率", "Product": "产品", "Deal source": "商机来源",
    "Notes": "备注", "Activity type": "活动类型", "Done at": "完成时间", "Deal created": "商机创建时间",
    "no amount": "没有金额", "“%1” is not an amount": "“%1”不是金额", "“%1” is too large": "“%1”太大",
    "“%1” is not a date": "“%1”不是日期", "“%1” could be day/month or month/day": "“%1”既可读作日/月，也可读作月/日",
    "Automatic": "自动", "Year first (2026-09-12)": "年在前 (2026-09-12)",
    "Day first (12/09/2026)": "日在前 (12/09/2026)", "Month first (09/12/2026)": "月在前 (09/12/2026)",
    "Undecided": "未确定",
    "The book has no stages to put deals in.": "账簿中没有可放置商机的阶段。",
    "No column holds the %1; map one to import %2.": "没有哪一列是“%1”；请指定一列才能导入%2。",
    ("Importer", "Line %1: %2"): "第 %1 行：%2",
    "the customer has no name": "客户没有名称", "the contact has no name": "联系人没有姓名",
    "the contact names no customer": "联系人没有所属客户", "“%1” is neither yes nor no": "“%1”既不是“是”也不是“否”",
    "the deal has no title": "商机没有名称", "the deal names no customer": "商机没有客户",
    "“%1” is not a currency code": "“%1”不是币种代码", "a deal cannot be worth less than nothing": "商机金额不能为负",
    "“%1” is not open, won or lost": "“%1”不是进行中、赢单或输单",
    "the book has no stage “%1”": "账簿中没有阶段“%1”",
    "“%1” is not a probability from 0 to 100": "“%1”不是 0 到 100 之间的概率",
    "the activity has no subject": "销售活动没有主题", "“%1” is not a kind of activity": "“%1”不是一种销售活动",
    "the activity has no due date": "销售活动没有日期", "the customer has no deal “%1”": "该客户没有商机“%1”",
    "Rejected because": "拒绝原因", "Individual": "个人",
    ("salesdesk::ui::ImportDialog", "Import"): "导入",
    "A CSV or TSV file exported from a spreadsheet or a CRM": "从表格或 CRM 导出的 CSV 或 TSV 文件",
    "&Browse…": "浏览(&B)…", "Import File": "导入文件",
    "Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)": "表格导出文件 (*.csv *.tsv *.txt);;所有文件 (*)",
    "GB18030 / GBK (Excel on Chinese Windows)": "GB18030 / GBK（中文 Windows 上的 Excel）",
    "Skip them": "跳过", "Update them with the file's values": "用文件中的值更新",
    "Import them as new records": "作为新记录导入",
    "Import the valid rows and save the invalid ones to a rejects file": "导入有效行，无效行另存为拒绝文件",
    "Off: one invalid row and nothing is imported.": "不勾选时：只要有一行无效，就什么都不导入。",
    "&File:": "文件(&F)：", "Import &as:": "导入为(&A)：", "&Written by:": "来源程序(&W)：",
    "&Encoding:": "编码(&E)：", "&Dates:": "日期(&D)：", "Rows already in the &book:": "账簿中已有的行(&B)：",
    "Column in the file": "文件中的列", "First values": "前几个值", "Imported as": "导入为",
    "Stage in the file": "文件中的阶段", "Stage in SalesDesk": "SalesDesk 中的阶段",
    "Stages the book does not have": "账簿中没有的阶段", "Line": "行", "Column": "列",
    "Why it is rejected": "拒绝原因", "Columns": "列", "Preview of the first rows": "前几行预览",
    "&Check Rows": "检查各行(&C)", "A dry run: says what the import would do, writes nothing.": "试运行：说明导入将做什么，不写入任何内容。",
    "&Import": "导入(&I)", "tabs": "制表符", "semicolons": "分号", "commas": "逗号",
    "%n row(s), %1, separated by %2; looks like an export of %3.": "%n 行，%1，以%2分隔；看起来是 %3 的导出文件。",
    "— not imported —": "— 不导入 —", "Choose the column that holds the %1.": "请选择“%1”所在的列。",
    "— choose —": "— 请选择 —", "Checking rows…": "正在检查各行…", "Save Rejected Rows": "保存被拒绝的行",
    "-rejected": "-被拒绝", "CSV files (*.csv)": "CSV 文件 (*.csv)", "Importing…": "正在导入…",
    "Import Failed": "导入失败", "Cancelled: nothing was imported.": "已取消：未导入任何内容。",
    "Rejected Rows Not Saved": "被拒绝的行未保存", "Import %1 from %2": "从 %2 导入%1",
    "%1 rows: %2 new, %3 updated, %4 skipped as already in the book, %5 rejected.":
        "共 %1 行：新建 %2，更新 %3，因已在账簿中而跳过 %4，拒绝 %5。",
    "The dates in %1 can be read day first or month first; choose under Dates.":
        "“%1”中的日期既可读作日在前，也可读作月在前；请在“日期”中选择。",
    "Choose a stage for each stage the book does not have.": "请为账簿中没有的每个阶段选择对应阶段。",
    "As it stands nothing would be imported: fix these rows, or import only the valid ones.":
        "按现在的情况不会导入任何内容：请修正这些行，或只导入有效行。",
    "Nothing was imported: fix these rows, or import only the valid ones.": "未导入任何内容：请修正这些行，或只导入有效行。",
    "Nothing has been written yet.": "尚未写入任何内容。",
    "&Import…": "导入(&I)…",
    "Import customers, contacts, deals or activities from a spreadsheet or another CRM": "从表格或其他 CRM 导入客户、联系人、商机或销售活动",
    "&Export…": "导出(&E)…", "Export customers, contacts, deals or activities to CSV or Excel": "将客户、联系人、商机或销售活动导出为 CSV 或 Excel",
    "Exported.": "已导出。",
    ("Exporter", "Cannot write “%1”: %2"): "无法写入“%1”：%2",
    ("Importer", "Cannot write “%1”: %2"): "无法写入“%1”：%2",
    # Follow-ups and key dates (沟通计划)
    "Contract renewal": "合同续约", "Birthday": "生日", "Anniversary": "纪念日", "Other date": "其他日期",
    "All Customers": "全部客户", "Follow-ups": "待跟进", "looked after by %1": "负责人 %1",
    "tags: %1": "标签：%1", "WeChat %1": "微信 %1", "Also: %1": "其他联系人：%1", "%1 on %2": "%1：%2",
    "Last contact": "上次联系", "Why": "原因", "&Log Contact…": "记录联系(&L)…",
    "Record a call, visit or message that happened, with its outcome": "记录已发生的电话、拜访或消息及其结果",
    "&Schedule…": "安排(&S)…", "Plan the next contact as an activity": "把下一次联系安排为销售活动",
    "never": "从未", "%n day(s) overdue; every %1 days": "逾期 %n 天；每 %1 天联系一次",
    "every %1 days": "每 %1 天联系一次", "Overdue (%1)": "已逾期（%1）", "Due today (%1)": "今天到期（%1）",
    "Due later this week (%1)": "本周稍后到期（%1）", "Key dates coming up (%1)": "即将到来的重要日期（%1）",
    "%1 overdue, %2 due today, %3 later this week.": "逾期 %1 位，今天到期 %2 位，本周稍后 %3 位。",
    "Contact Not Logged": "未能记录联系", "Follow-up with %1": "跟进 %1", "Schedule a Contact": "安排联系",
    "Contact Not Scheduled": "未能安排联系", "Log a Contact with %1": "记录与 %1 的联系",
    "Regular contact": "例行联系", "What was agreed, what they need, how they sounded": "谈妥了什么、客户需要什么、态度如何",
    "&How:": "方式(&H)：", "&Date:": "日期(&D)：", "Log Contact": "记录联系",
    # Customer editor and merge
    "Edit Customer “%1”": "编辑客户“%1”", "There is already a customer called “%1”.": "已有名为“%1”的客户。",
    "New Customer “%1”": "新建客户“%1”", "Merge “%1” into “%2”": "将“%1”合并到“%2”",
    "Every contact needs a name.": "每位联系人都需要姓名。", "Only one contact can be the primary one.": "只能有一位主要联系人。",
    "Every key date needs a date.": "每个重要日期都需要日期。", "The contact cadence is a number of days.": "联系频率是天数。",
    "Choose two different customers to merge.": "请选择两个不同的客户进行合并。",
    "The customers could not be read.": "无法读取客户。",
    "Customer “%1”": "客户“%1”", ("salesdesk::ui::CustomerEditor", "New Customer"): "新建客户",
    "Referral, trade fair, website…": "转介绍、展会、网站…", "Separated by commas": "用逗号分隔",
    ("salesdesk::ui::CustomerEditor", "Nobody"): "无", "Preferences, habits, what to remember when serving them": "偏好、习惯、服务时需要记住的事",
    "&Industry:": "行业(&I)：", "&Region:": "地区(&R)：", "&Address:": "地址(&A)：", "&Source:": "来源(&S)：",
    "Ta&gs:": "标签(&G)：", "&Looked after by:": "负责人(&L)：", "Personal &service:": "个性化服务(&S)：",
    ("salesdesk::ui::CustomerEditor", "Name"): "姓名", ("salesdesk::ui::CustomerEditor", "Primary"): "主要", "&Add Contact": "添加联系人(&A)",
    "&Remove Contact": "删除联系人(&R)", "The primary contact is the one shown on deals.": "主要联系人会显示在商机上。",
    "Every year": "每年", "Remind days ahead": "提前几天提醒", ("salesdesk::ui::CustomerEditor", "Note"): "备注",
    "Add &Date": "添加日期(&D)", "Remove D&ate": "删除日期(&A)",
    "Renewals, birthdays and anniversaries appear under Follow-ups as they come near.": "续约、生日和纪念日临近时会出现在“待跟进”中。",
    " days": " 天", "As its segment (%n day(s))": "按所属分类（%n 天）", "Computed from the rules": "按规则计算",
    "Why this customer belongs in another segment": "为什么该客户应归入其他分类", "&Contact every:": "联系频率(&C)：",
    "Se&gment:": "客户分类(&G)：", "&Because:": "原因(&B)：", ("salesdesk::ui::CustomerEditor", "Profile"): "基本资料", "Contacts (%1)": "联系人（%1）",
    "Key Dates": "重要日期", "Communication Plan": "沟通计划",
    "&New Customer…": "新建客户(&N)…", "&Edit Customer…": "编辑客户(&E)…", "&Merge Into Another Customer…": "合并到其他客户(&M)…",
    "Move this customer's deals, contacts and history to another customer and remove this one": "把该客户的商机、联系人和历史移到另一个客户，并删除该客户",
    "Customer Not Added": "未能添加客户", "Customer Not Found": "找不到客户", "Customer Not Saved": "未能保存客户",
    "Merge “%1”": "合并“%1”", "Type the name of the customer to keep": "输入要保留的客户名称",
    "The deals, contacts, activities, feedback and key dates of “%1” move to the customer you name, which keeps its own name and fills its empty fields from “%1”. “%1” is then removed. Edit › Undo separates them again.":
        "“%1”的商机、联系人、销售活动、反馈和重要日期将移到你指定的客户；该客户保留自己的名称，空白字段用“%1”的资料补全。随后删除“%1”。用“编辑 › 撤销”可以再把它们分开。",
    ("salesdesk::ui::CustomersPage", "Merge"): "合并", "Customers Not Merged": "未能合并客户",
    ("salesdesk::ui::MainWindow", "&Follow-ups"): "待跟进(&F)",
    # Segment rules, list filters
    "Change Segment Rules": "修改客户分类规则", "Look back between 1 and 120 months.": "回溯期须在 1 到 120 个月之间。",
    "The high-value share is more than 0 % and at most 100 %.": "高价值客户比例须大于 0%、不超过 100%。",
    "High-value customers need at least one won deal.": "高价值客户至少需要一笔赢单。",
    "A new customer's days cannot be negative.": "新客户天数不能为负。",
    "A customer is at risk after at least one usual interval.": "客户至少超过一个通常间隔才算流失风险。",
    "Every cadence is at least one day.": "每个联系频率至少一天。",
    "Looked after by": "负责人", "Owner filter": "负责人筛选", "Region filter": "地区筛选", "Tag filter": "标签筛选",
    ("salesdesk::ui::CustomersPage", "Nobody"): "无负责人", "Everyone's": "所有负责人", "All regions": "所有地区",
    "All tags": "所有标签", "Rules Not Changed": "规则未修改", "Look back over:": "回溯期：", " months": " 个月",
    "High-value: the top": "高价值客户：按赢单金额前", " % by won value": " %",
    "…with at least:": "…且至少有：", " won deals": " 笔赢单", "Potential: first purchase within:": "潜力客户：首次购买在以下天数内：",
    "At risk after:": "流失风险：超过", " % of the usual interval": " % 的通常购买间隔",
    "Contact high-value every:": "高价值客户联系频率：", "Contact potential every:": "潜力客户联系频率：",
    "Contact general every:": "一般客户联系频率：", "Customer segments and contact plan of this company": "本公司的客户分类与沟通计划",
    "Potential also takes in every customer with an open deal. The rules apply from the next time the Customers tab is shown.":
        "有进行中商机的客户也归为潜力客户。规则在下次显示“客户关系”页时生效。",
    # Feedback entry (客户反馈)
    "Add Feedback": "添加客户反馈", "Delete Feedback": "删除客户反馈", "Edit Feedback": "编辑客户反馈",
    "There is no feedback #%1.": "没有编号为 %1 的客户反馈。", ("salesdesk::FeedbackService", "Service"): "服务",
    ("salesdesk::FeedbackService", "Delivery"): "交付", "Phone call": "电话", ("salesdesk::FeedbackService", "WeChat"): "微信",
    "Survey": "问卷调查", "Add &Feedback…": "添加客户反馈(&F)…",
    "Record what a customer said and how satisfied they are": "记录客户的意见和满意度",
    "Feedback Not Saved": "未能保存客户反馈", ("salesdesk::ui::SatisfactionChart", "All customers"): "全部客户",
    "done: %1": "已完成：%1", "to do: %1": "待办：%1", "Double-click to edit the feedback": "双击编辑该反馈",
    "Feedback from %1": "来自 %1 的反馈", "1 – very dissatisfied": "1 – 非常不满意", "2 – dissatisfied": "2 – 不满意",
    "3 – neutral": "3 – 一般", "4 – satisfied": "4 – 满意", "5 – very satisfied": "5 – 非常满意",
    "Not asked": "未询问", "What the customer said": "客户说了什么", "What we will do about it (optional)": "我们将如何处理（可选）",
    "&Received on:": "收到日期(&R)：", "&From:": "反馈人(&F)：", "&Channel:": "渠道(&C)：", "&About:": "类别(&A)：",
    "&Satisfaction:": "满意度(&S)：", "&Would recommend (0–10):": "推荐意愿 0–10(&W)：", "&Said:": "内容(&S)：",
    "Follow-up &action:": "跟进措施(&A)：",
    # Deleting customers
    "Delete Customer “%1”": "删除客户“%1”", ("CustomerService", "%n deal(s)"): "%n 个商机",
    "%n activity(ies)": "%n 项销售活动", "%n piece(s) of feedback": "%n 条反馈",
    "“%1” has a history (%2): merge it into another customer instead of deleting it.":
        "“%1”已有往来记录（%2）：请把它合并到其他客户，而不是删除。",
    "Record a call, visit or message with the customer": "记录与该客户的电话、拜访或消息",
    "&Delete Customer": "删除客户(&D)", "Customer Not Deleted": "未删除客户",
}


def translation(context, source):
    return T.get((context, source), T.get(source))


def main():
    path = Path(__file__).with_name("salesdesk_zh_CN.ts")
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            source = msg.find("source").text
            tr = msg.find("translation")
            if (name, source) in T and msg.get("numerus") != "yes":
                tr.text = T[(name, source)]  # a context-specific wording always wins
                tr.attrib.pop("type", None)
                continue
            if tr.get("type") != "unfinished":
                continue
            text = translation(name, source)
            if text is None:
                missing.append((name, source))
                continue
            del tr.attrib["type"]
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                form = ET.SubElement(tr, "numerusform")
                form.text = text
            else:
                tr.text = text
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    for name, source in missing:
        print(f"untranslated: [{name}] {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
