#include "core/programme/volunteer.hpp"

#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<VolunteerStage>, 9> kStages{{
    {VolunteerStage::kEnquiry, "enquiry", "Enquiry"},
    {VolunteerStage::kApplication, "application", "Application"},
    {VolunteerStage::kInterview, "interview", "Interview"},
    {VolunteerStage::kReferences, "references", "References"},
    {VolunteerStage::kDbsCheck, "dbs_check", "DBS check"},
    {VolunteerStage::kTraining, "training", "Training"},
    {VolunteerStage::kActive, "active", "Active"},
    {VolunteerStage::kPaused, "paused", "Paused"},
    {VolunteerStage::kLeft, "left", "Left"},
}};

constexpr std::array<Named<PathwayPosition>, 4> kPositions{{
    {PathwayPosition::kVolunteer, "volunteer", "Volunteer"},
    {PathwayPosition::kPeerSupportWorker, "peer_support_worker", "Peer support worker (paid)"},
    {PathwayPosition::kTrainer, "trainer", "Trainer"},
    {PathwayPosition::kCoordinator, "coordinator", "Coordinator"},
}};

bool HasCode(const std::vector<Choice>& choices, std::string_view code) {
  for (const auto& choice : choices)
    if (choice.code == code) return true;
  return false;
}

}  // namespace

std::string_view VolunteerStageCode(VolunteerStage stage) { return CodeOf(kStages, stage); }
std::optional<VolunteerStage> VolunteerStageFromCode(std::string_view code) { return FromCode(kStages, code); }
std::string_view VolunteerStageLabel(VolunteerStage stage) { return LabelOf(kStages, stage); }
const std::vector<VolunteerStage>& AllVolunteerStages() {
  static const auto values = ValuesOf(kStages);
  return values;
}
bool InPipeline(VolunteerStage stage) {
  return stage != VolunteerStage::kActive && stage != VolunteerStage::kPaused && stage != VolunteerStage::kLeft;
}

std::string_view PathwayPositionCode(PathwayPosition position) { return CodeOf(kPositions, position); }
std::optional<PathwayPosition> PathwayPositionFromCode(std::string_view code) { return FromCode(kPositions, code); }
std::string_view PathwayPositionLabel(PathwayPosition position) { return LabelOf(kPositions, position); }
const std::vector<PathwayPosition>& AllPathwayPositions() {
  static const auto values = ValuesOf(kPositions);
  return values;
}
bool IsPaid(PathwayPosition position) { return position != PathwayPosition::kVolunteer; }

const std::vector<Choice>& LivedExperienceChoices() {
  static const std::vector<Choice> kChoices{
      {"young_parent", "Was a young parent"},
      {"father", "Is a father"},
      {"twins", "Has twins or more"},
      {"neonatal_care", "Had a baby in neonatal care"},
      {"perinatal_mental_health", "Lived with perinatal mental illness"},
      {"migration", "Came to the UK as an adult"},
      {"disability", "Parents with a disability"},
  };
  return kChoices;
}

const std::vector<Choice>& AvailabilitySlotChoices() {
  static const std::vector<Choice> kChoices{
      {"mon_am", "Monday morning"},     {"mon_pm", "Monday afternoon"},     {"mon_eve", "Monday evening"},
      {"tue_am", "Tuesday morning"},    {"tue_pm", "Tuesday afternoon"},    {"tue_eve", "Tuesday evening"},
      {"wed_am", "Wednesday morning"},  {"wed_pm", "Wednesday afternoon"},  {"wed_eve", "Wednesday evening"},
      {"thu_am", "Thursday morning"},   {"thu_pm", "Thursday afternoon"},   {"thu_eve", "Thursday evening"},
      {"fri_am", "Friday morning"},     {"fri_pm", "Friday afternoon"},     {"fri_eve", "Friday evening"},
      {"sat_am", "Saturday morning"},   {"sat_pm", "Saturday afternoon"},   {"sat_eve", "Saturday evening"},
      {"sun_am", "Sunday morning"},     {"sun_pm", "Sunday afternoon"},     {"sun_eve", "Sunday evening"},
  };
  return kChoices;
}

bool IsLivedExperienceCode(std::string_view code) { return HasCode(LivedExperienceChoices(), code); }
bool IsAvailabilitySlotCode(std::string_view code) { return HasCode(AvailabilitySlotChoices(), code); }

std::string_view ChoiceLabel(const std::vector<Choice>& choices, std::string_view code) {
  for (const auto& choice : choices)
    if (choice.code == code) return choice.label;
  return code;
}

}  // namespace alongside
