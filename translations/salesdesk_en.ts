<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BookForecastText</name>
        <message numerus="yes">
            <source>%1 is what it holds to %2 and the model's forecast for the %n day(s) it has left.</source>
            <translation>
                <numerusform>%1 is what it holds to %2 and the model's forecast for the %n day it has left.</numerusform>
                <numerusform>%1 is what it holds to %2 and the model's forecast for the %n days it has left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backtest (%n origin(s), %1 ahead): MASE %2 (seasonal naive %3), sMAPE %4 %</source>
            <translation>
                <numerusform>Backtest (%n origin, %1 ahead): MASE %2 (seasonal naive %3), sMAPE %4 %</numerusform>
                <numerusform>Backtest (%n origins, %1 ahead): MASE %2 (seasonal naive %3), sMAPE %4 %</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Forecast of %1 from %n value(s) (%2 to %3)</source>
            <translation>
                <numerusform>Forecast of %1 from %n value (%2 to %3)</numerusform>
                <numerusform>Forecast of %1 from %n values (%2 to %3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kept this week's forecast (%n row(s)).</source>
            <translation>
                <numerusform>Kept this week's forecast (%n row).</numerusform>
                <numerusform>Kept this week's forecast (%n rows).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Capacity: %1 a rep a period over the last %n period(s) × %2 on staff = %3</source>
            <translation>
                <numerusform>Capacity: %1 a rep a period over the last %n period × %2 on staff = %3</numerusform>
                <numerusform>Capacity: %1 a rep a period over the last %n periods × %2 on staff = %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n deal(s), %2 to %3)</source>
            <translation>
                <numerusform>%1 (%n deal, %2 to %3)</numerusform>
                <numerusform>%1 (%n deals, %2 to %3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerCommands</name>
        <message numerus="yes">
            <source>Archive %n Customer(s)</source>
            <translation>
                <numerusform>Archive %n Customer</numerusform>
                <numerusform>Archive %n Customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n Customer(s)</source>
            <translation>
                <numerusform>Restore %n Customer</numerusform>
                <numerusform>Restore %n Customers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomersSection</name>
        <message numerus="yes">
            <source>%n customer(s) were overdue for a contact; the longest overdue:</source>
            <translation>
                <numerusform>%n customer were overdue for a contact; the longest overdue:</numerusform>
                <numerusform>%n customers were overdue for a contact; the longest overdue:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvaluationSection</name>
        <message numerus="yes">
            <source>Scored with “%1”: %2 % the figures against their targets, %3 % the ratings of the criteria. %n of the evaluation(s) are final; the others are drafts as the book stands.</source>
            <translation>
                <numerusform>Scored with “%1”: %2 % the figures against their targets, %3 % the ratings of the criteria. %n of the evaluation are final; the others are drafts as the book stands.</numerusform>
                <numerusform>Scored with “%1”: %2 % the figures against their targets, %3 % the ratings of the criteria. %n of the evaluations are final; the others are drafts as the book stands.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message numerus="yes">
            <source>%1 (%n row(s): line %2)</source>
            <translation>
                <numerusform>%1 (%n row: line %2)</numerusform>
                <numerusform>%1 (%n rows: line %2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarketSection</name>
        <message numerus="yes">
            <source>Capacity: a rep on staff turned out %1 a quarter over the last %n quarter(s); the %2 on staff can turn out about %3 a quarter.</source>
            <translation>
                <numerusform>Capacity: a rep on staff turned out %1 a quarter over the last %n quarter; the %2 on staff can turn out about %3 a quarter.</numerusform>
                <numerusform>Capacity: a rep on staff turned out %1 a quarter over the last %n quarters; the %2 on staff can turn out about %3 a quarter.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlookSection</name>
        <message numerus="yes">
            <source>%n open deal(s) are expected to close in %1, worth %2; weighted by the probability of their stage, %3.</source>
            <translation>
                <numerusform>%n open deal are expected to close in %1, worth %2; weighted by the probability of their stage, %3.</numerusform>
                <numerusform>%n open deals are expected to close in %1, worth %2; weighted by the probability of their stage, %3.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>On %1, in %n day(s)</source>
            <translation>
                <numerusform>On %1, in %n day</numerusform>
                <numerusform>On %1, in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeriesText</name>
        <message numerus="yes">
            <source>The series has a gap at line %1; only the %n values from %2 on are used.</source>
            <translation>
                <numerusform>The series has a gap at line %1; only the %n values from %2 on are used.</numerusform>
                <numerusform>The series has a gap at line %1; only the %n values from %2 on are used.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummarySection</name>
        <message numerus="yes">
            <source>%n deal(s) won and %1 lost, a win rate of %2</source>
            <translation>
                <numerusform>%n deal won and %1 lost, a win rate of %2</numerusform>
                <numerusform>%n deals won and %1 lost, a win rate of %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At the quarter's end %n deal(s) were open, worth %1 (%2 weighted by the probability of their stage).</source>
            <translation>
                <numerusform>At the quarter's end %n deal were open, worth %1 (%2 weighted by the probability of their stage).</numerusform>
                <numerusform>At the quarter's end %n deals were open, worth %1 (%2 weighted by the probability of their stage).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) bought for the first time; %1 deals were opened.</source>
            <translation>
                <numerusform>%n customer bought for the first time; %1 deals were opened.</numerusform>
                <numerusform>%n customers bought for the first time; %1 deals were opened.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activity(ies) were overdue at the quarter's end.</source>
            <translation>
                <numerusform>%n activity were overdue at the quarter's end.</numerusform>
                <numerusform>%n activities were overdue at the quarter's end.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::CurrencyService</name>
        <message numerus="yes">
            <source>The home currency can change only while the book has no deals and no exchange rates; this one has %n deal(s).</source>
            <translation>
                <numerusform>The home currency can change only while the book has no deals and no exchange rates; this one has %n deal.</numerusform>
                <numerusform>The home currency can change only while the book has no deals and no exchange rates; this one has %n deals.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 is the currency of %n deal(s): keep at least one rate for it.</source>
            <translation>
                <numerusform>%1 is the currency of %n deal: keep at least one rate for it.</numerusform>
                <numerusform>%1 is the currency of %n deals: keep at least one rate for it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::CustomerService</name>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activity(ies)</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of feedback</source>
            <translation>
                <numerusform>%n piece of feedback</numerusform>
                <numerusform>%n pieces of feedback</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::PipelineService</name>
        <message numerus="yes">
            <source>The stage “%1” still has %n open deal(s); move them before archiving it.</source>
            <translation>
                <numerusform>The stage “%1” still has %n open deal; move them before archiving it.</numerusform>
                <numerusform>The stage “%1” still has %n open deals; move them before archiving it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lost deal(s) give “%1” as the reason; archive it instead of removing it.</source>
            <translation>
                <numerusform>%n lost deal give “%1” as the reason; archive it instead of removing it.</numerusform>
                <numerusform>%n lost deals give “%1” as the reason; archive it instead of removing it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) in %1, for which the book has no exchange rate: they count for nothing in totals until one is set.</source>
            <translation>
                <numerusform>%n deal in %1, for which the book has no exchange rate: they count for nothing in totals until one is set.</numerusform>
                <numerusform>%n deals in %1, for which the book has no exchange rate: they count for nothing in totals until one is set.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::TargetService</name>
        <message numerus="yes">
            <source>Give %n number(s), one for each part.</source>
            <translation>
                <numerusform>Give %n number, one for each part.</numerusform>
                <numerusform>Give %n numbers, one for each part.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split by the shares of the last %n complete year(s).</source>
            <translation>
                <numerusform>Split by the shares of the last %n complete year.</numerusform>
                <numerusform>Split by the shares of the last %n complete years.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::AdjustTargetDialog</name>
        <message numerus="yes">
            <source>%n part(s) ended before %1 and keep their figures; the change goes to the parts still running.</source>
            <translation>
                <numerusform>%n part ended before %1 and keep their figures; the change goes to the parts still running.</numerusform>
                <numerusform>%n parts ended before %1 and keep their figures; the change goes to the parts still running.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::BoardView</name>
        <message numerus="yes">
            <source>%1: %n deal(s), total %2, weighted by win probability %3</source>
            <translation>
                <numerusform>%1: %Ln deal, total %2, weighted by win probability %3</numerusform>
                <numerusform>%1: %Ln deals, total %2, weighted by win probability %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::CommissionView</name>
        <message numerus="yes">
            <source>Settle %1 for %n reps, paying %2 in all?</source>
            <translation>
                <numerusform>Settle %1 for %n reps, paying %2 in all?</numerusform>
                <numerusform>Settle %1 for %n reps, paying %2 in all?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::CompetitorsView</name>
        <message numerus="yes">
            <source>%1 (%n deal(s))</source>
            <translation>
                <numerusform>%1 (%n deal)</numerusform>
                <numerusform>%1 (%n deals)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::CustomerDetail</name>
        <message numerus="yes">
            <source>Lifetime value &lt;b&gt;%1&lt;/b&gt; in %n purchase(s)</source>
            <translation>
                <numerusform>Lifetime value &lt;b&gt;%1&lt;/b&gt; in %n purchase</numerusform>
                <numerusform>Lifetime value &lt;b&gt;%1&lt;/b&gt; in %n purchases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next contact due %1 (every %n day(s))</source>
            <translation>
                <numerusform>Next contact due %1 (every %n day)</numerusform>
                <numerusform>Next contact due %1 (every %n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Satisfaction %1 / 5 from %n piece(s) of feedback</source>
            <translation>
                <numerusform>Satisfaction %1 / 5 from %n piece of feedback</numerusform>
                <numerusform>Satisfaction %1 / 5 from %n pieces of feedback</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::CustomerEditor</name>
        <message numerus="yes">
            <source>As its segment (%n day(s))</source>
            <translation>
                <numerusform>As its segment (%n day)</numerusform>
                <numerusform>As its segment (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::CustomerModel</name>
        <message numerus="yes">
            <source>%1 (%n day(s) late)</source>
            <translation>
                <numerusform>%1 (%n day late)</numerusform>
                <numerusform>%1 (%n days late)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Value (%n month(s))</source>
            <translation>
                <numerusform>Value (%n month)</numerusform>
                <numerusform>Value (%n months)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::DealCardDelegate</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>time in the current stage</comment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::DealListView</name>
        <message numerus="yes">
            <source>The %n deal(s) %1, from the dashboard.</source>
            <translation>
                <numerusform>The %n deal %1, from the dashboard.</numerusform>
                <numerusform>The %n deals %1, from the dashboard.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::DealColumns</name>
        <message numerus="yes">
            <source>No progress for %n day(s)</source>
            <translation>
                <numerusform>No progress for %n day</numerusform>
                <numerusform>No progress for %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::FollowUpsView</name>
        <message numerus="yes">
            <source>%n day(s) overdue; every %1 days</source>
            <translation>
                <numerusform>%n day overdue; every %1 days</numerusform>
                <numerusform>%n days overdue; every %1 days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::ForecastView</name>
        <message numerus="yes">
            <source>Backtest over the last %n origin(s), %1 ahead: MASE %2 (seasonal naive %3; below 1 beats it), sMAPE %4 %.</source>
            <translation>
                <numerusform>Backtest over the last %n origin, %1 ahead: MASE %2 (seasonal naive %3; below 1 beats it), sMAPE %4 %.</numerusform>
                <numerusform>Backtest over the last %n origins, %1 ahead: MASE %2 (seasonal naive %3; below 1 beats it), sMAPE %4 %.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s), %1</source>
            <translation>
                <numerusform>%n deal, %1</numerusform>
                <numerusform>%n deals, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Supply: a rep on staff turned out %1 a month over the last %n month(s); the %2 on staff now, about %3 a month.</source>
            <translation>
                <numerusform>Supply: a rep on staff turned out %1 a month over the last %n month; the %2 on staff now, about %3 a month.</numerusform>
                <numerusform>Supply: a rep on staff turned out %1 a month over the last %n months; the %2 on staff now, about %3 a month.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Supply: a rep on staff turned out %1 a quarter over the last %n quarter(s); the %2 on staff now, about %3 a quarter.</source>
            <translation>
                <numerusform>Supply: a rep on staff turned out %1 a quarter over the last %n quarter; the %2 on staff now, about %3 a quarter.</numerusform>
                <numerusform>Supply: a rep on staff turned out %1 a quarter over the last %n quarters; the %2 on staff now, about %3 a quarter.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::FunnelView</name>
        <message numerus="yes">
            <source>%1: %n deal(s) reached it, %2 went on (%3 %)</source>
            <translation>
                <numerusform>%1: %n deal reached it, %2 went on (%3 %)</numerusform>
                <numerusform>%1: %n deals reached it, %2 went on (%3 %)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::ImportDialog</name>
        <message numerus="yes">
            <source>%n row(s), %1; looks like an export of %2.</source>
            <translation>
                <numerusform>%Ln row, %1; looks like an export of %2.</numerusform>
                <numerusform>%Ln rows, %1; looks like an export of %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s), %1, separated by %2; looks like an export of %3.</source>
            <translation>
                <numerusform>%n row, %1, separated by %2; looks like an export of %3.</numerusform>
                <numerusform>%n rows, %1, separated by %2; looks like an export of %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 is the currency of %n row(s) of the file, and the book has no rate for it.
How many %2 is 1 %1 worth? (Used from today on; change it later in Edit › Preferences.)</source>
            <translation>
                <numerusform>%1 is the currency of %n row of the file, and the book has no rate for it.
How many %2 is 1 %1 worth? (Used from today on; change it later in Edit › Preferences.)</numerusform>
                <numerusform>%1 is the currency of %n rows of the file, and the book has no rate for it.
How many %2 is 1 %1 worth? (Used from today on; change it later in Edit › Preferences.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::LostReasonDialog</name>
        <message numerus="yes">
            <source>Why was the deal lost?</source>
            <translation>
                <numerusform>Why was the deal lost?</numerusform>
                <numerusform>Why was the deal lost?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n Deal(s) as Lost</source>
            <translation>
                <numerusform>Mark %n Deal as Lost</numerusform>
                <numerusform>Mark %n Deals as Lost</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::MainWindow</name>
        <message numerus="yes">
            <source>%n deal(s) in %1</source>
            <translation>
                <numerusform>%n deal in %1</numerusform>
                <numerusform>%n deals in %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::PipelinePage</name>
        <message numerus="yes">
            <source>Move %n Deal(s)</source>
            <translation>
                <numerusform>Move %n Deal</numerusform>
                <numerusform>Move %n Deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n Deal(s)</source>
            <translation>
                <numerusform>Delete %n Deal</numerusform>
                <numerusform>Delete %n Deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n deal(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Deleted %n deal. Undo with Ctrl+Z.</numerusform>
                <numerusform>Deleted %n deals. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%Ln open deal</numerusform>
                <numerusform>%Ln open deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n open deal(s)</source>
            <translation>
                <numerusform>%1 of %Ln open deal</numerusform>
                <numerusform>%1 of %Ln open deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::ReminderWatcher</name>
        <message numerus="yes">
            <source>%n reminder(s)</source>
            <translation>
                <numerusform>%Ln reminder</numerusform>
                <numerusform>%Ln reminders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, and %n more</source>
            <translation>
                <numerusform>%1, and %Ln more</numerusform>
                <numerusform>%1, and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::ScorecardView</name>
        <message numerus="yes">
            <source>Finalise the %n draft scorecard(s) of %1 as they are now? They will not change with the book afterwards (Undo takes this back; later, reopen one with a reason).</source>
            <translation>
                <numerusform>Finalise the %n draft scorecard of %1 as they are now? They will not change with the book afterwards (Undo takes this back; later, reopen one with a reason).</numerusform>
                <numerusform>Finalise the %n draft scorecards of %1 as they are now? They will not change with the book afterwards (Undo takes this back; later, reopen one with a reason).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::SegmentChart</name>
        <message numerus="yes">
            <source>%1: %n&lt;br&gt;%2</source>
            <translation>
                <numerusform>%1: %n&lt;br&gt;%2</numerusform>
                <numerusform>%1: %n&lt;br&gt;%2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Customers and purchases in %n month(s) per segment</source>
            <translation>
                <numerusform>Customers and purchases in %n month per segment</numerusform>
                <numerusform>Customers and purchases in %n months per segment</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::TeamPage</name>
        <message numerus="yes">
            <source>With the company: %n month(s)</source>
            <translation>
                <numerusform>With the company: %n month</numerusform>
                <numerusform>With the company: %n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::TrainingView</name>
        <message numerus="yes">
            <source>Attendees (%n reps)</source>
            <translation>
                <numerusform>Attendees (%n reps)</numerusform>
                <numerusform>Attendees (%n reps)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The others (%n reps)</source>
            <translation>
                <numerusform>The others (%n reps)</numerusform>
                <numerusform>The others (%n reps)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>salesdesk::ui::WeekPlanModel</name>
        <message numerus="yes">
            <source>%1 — %n activity(ies)</source>
            <translation>
                <numerusform>%1 — %n activity</numerusform>
                <numerusform>%1 — %n activities</numerusform>
            </translation>
        </message>
    </context>
</TS>
