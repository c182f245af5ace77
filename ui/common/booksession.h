#pragma once

#include "core/common/result.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/database.h"
#include "core/targets/targetservice.h"

#include <memory>

namespace salesdesk::ui {

// One open company book and the services over it. The main window holds at most one.
class BookSession
{
public:
    static Result<std::unique_ptr<BookSession>> open(std::unique_ptr<Database> db);

    Database &database() { return *m_db; }
    PipelineService &pipeline() { return *m_pipeline; }
    ActivityService &activities() { return *m_activities; }
    TargetService &targets() { return *m_targets; }
    SegmentService &segments() { return *m_segments; }
    FeedbackService &feedback() { return *m_feedback; }
    CustomerService &customers() { return *m_customers; }

private:
    BookSession() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PipelineService> m_pipeline;
    std::unique_ptr<ActivityService> m_activities;
    std::unique_ptr<TargetService> m_targets;
    std::unique_ptr<SegmentService> m_segments;
    std::unique_ptr<FeedbackService> m_feedback;
    std::unique_ptr<CustomerService> m_customers;
};

} // namespace salesdesk::ui
