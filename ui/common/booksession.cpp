#include "ui/common/booksession.h"

namespace salesdesk::ui {

Result<std::unique_ptr<BookSession>> BookSession::open(std::unique_ptr<Database> db)
{
    std::unique_ptr<BookSession> session(new BookSession);
    session->m_db = std::move(db);
    session->m_pipeline = std::make_unique<PipelineService>(*session->m_db);
    session->m_activities = std::make_unique<ActivityService>(*session->m_db);
    session->m_targets = std::make_unique<TargetService>(*session->m_db, *session->m_pipeline);
    session->m_segments = std::make_unique<SegmentService>(*session->m_db);
    session->m_feedback = std::make_unique<FeedbackService>(*session->m_db);
    session->m_customers = std::make_unique<CustomerService>(*session->m_db, *session->m_segments);
    if (auto st = session->m_pipeline->load(); !st) {
        return st.error();
    }
    return session;
}

} // namespace salesdesk::ui
