#include "web/services/service_view.hpp"

#include "core/services/service_need.hpp"
#include "web/common/form_view.hpp"

namespace alongside::web {
namespace {

void AddRow(View& rows, const std::string& key, const std::string& value) {
  if (value.empty()) return;
  View row;
  row.set("key", key);
  row.set("value", value);
  rows.push_back(row);
}

std::string AgeText(const PublicService& s) {
  if (s.min_age_months && s.max_age_months)
    return "From " + std::to_string(*s.min_age_months) + " to " + std::to_string(*s.max_age_months) + " months";
  if (s.max_age_months) return "Up to " + std::to_string(*s.max_age_months) + " months";
  if (s.min_age_months) return "From " + std::to_string(*s.min_age_months) + " months";
  return "Any age";
}

std::string CoverageText(const PublicService& s) {
  std::string districts, authorities;
  for (const auto& c : s.coverage) {
    std::string& list = c.kind == CoverageKind::kPostcodeDistrict ? districts : authorities;
    list += (list.empty() ? "" : ", ") + c.value;
  }
  std::string text;
  if (!districts.empty()) text = "Postcode districts " + districts;
  if (!authorities.empty()) text += (text.empty() ? "" : "; ") + authorities;
  return text.empty() ? "The whole area" : text;
}

std::string NeedsText(const std::vector<std::string>& needs) {
  std::string text;
  for (const auto& code : needs)
    if (auto need = ServiceNeedFromCode(code)) text += (text.empty() ? "" : ", ") + std::string(ServiceNeedLabel(*need));
  return text;
}

}  // namespace

View ServiceListItem(const PublicService& s, const std::string& href) {
  View item;
  item.set("href", href);
  item.set("name", s.name);
  item.set("organisation", s.organisation_name);
  item.set("level", std::string(ServiceLevelLabel(s.level)));
  item.set("type", std::string(ServiceTypeLabel(s.type)));
  item.set("summary", s.summary);
  return item;
}

View ServiceDetails(const PublicService& s, bool for_workers) {
  View data;
  View rows{View::type::list};
  AddRow(rows, "Run by", s.organisation_name);
  AddRow(rows, "Level of need", std::string(ServiceLevelLabel(s.level)));
  AddRow(rows, "Type of service", std::string(ServiceTypeLabel(s.type)));
  AddRow(rows, "What it offers", s.summary);
  AddRow(rows, "Who it is for", s.eligibility);
  AddRow(rows, "During pregnancy", s.in_pregnancy ? "Yes" : "No, after the baby is born");
  AddRow(rows, "Baby's age", AgeText(s));
  AddRow(rows, "Helps with", NeedsText(s.needs));
  AddRow(rows, "Where it covers", CoverageText(s));
  AddRow(rows, "Opening hours", s.hours);
  AddRow(rows, "Languages", s.languages);
  AddRow(rows, "Accessibility", s.accessibility);
  AddRow(rows, "Usually answers a referral within",
         std::to_string(s.response_days) + (s.response_days == 1 ? " day" : " days"));
  data.set("rows", rows);

  data.set("refer_route", std::string(ReferralRouteLabel(s.referral_route)));
  switch (s.referral_route) {
    case ReferralRoute::kAlongside:
      data.set("refer_text", for_workers ? std::string("Referrals to this service are made through Alongside, from the "
                                                       "family's own page, with the family's consent to share.")
                                         : std::string("Ask your peer supporter, midwife or health visitor to refer "
                                                       "you. They can send a referral with your agreement."));
      break;
    case ReferralRoute::kPhone:
      data.set("refer_text", std::string("Call"));
      data.set("refer_href", "tel:" + s.referral_contact);
      break;
    case ReferralRoute::kEmail:
      data.set("refer_text", std::string("Email"));
      data.set("refer_href", "mailto:" + s.referral_contact);
      break;
    case ReferralRoute::kWeb:
      data.set("refer_text", std::string("Use the referral form at"));
      data.set("refer_href", s.referral_contact);
      break;
  }
  data.set("refer_contact", s.referral_contact);
  return data;
}

ServiceSearch SearchFromQuery(const http::Request& request) {
  ServiceSearch search;
  search.area_id = request.Query("area");
  search.text = request.Query("q");
  search.level = request.Query("level");
  search.type = request.Query("type");
  search.postcode = request.Query("postcode");
  search.need = request.Query("need");
  search.organisation_id = request.Query("organisation");
  search.stale_only = request.Query("stale") == "1";
  search.include_archived = request.Query("archived") == "1";
  return search;
}

Options LevelOptions(const std::string& prompt) {
  Options options{{"", prompt}};
  for (auto level : AllServiceLevels())
    options.emplace_back(std::string(ServiceLevelCode(level)), std::string(ServiceLevelLabel(level)));
  return options;
}

Options TypeOptions(const std::string& prompt) {
  Options options{{"", prompt}};
  for (auto type : AllServiceTypes())
    options.emplace_back(std::string(ServiceTypeCode(type)), std::string(ServiceTypeLabel(type)));
  return options;
}

void AddSearchFields(View& data, const ServiceSearch& search, const std::vector<Area>& areas,
                     const std::string& area_id, const std::string& postcode_error) {
  std::vector<FieldError> errors;
  if (!postcode_error.empty()) errors.push_back({"postcode", postcode_error});
  FormView form(std::move(errors));
  if (areas.size() > 1) {
    Options choices;
    for (const auto& area : areas) choices.emplace_back(area.id, area.name);
    form.Select("area", "Area", choices, area_id);
    data.set("has_area_choice", true);
  }
  form.Text("q", "Search by name or what it offers", "search", search.text, {.autocomplete = "off", .width = "20"});
  form.Text("postcode", "Postcode", "text", search.postcode,
            {.hint = "A full postcode or the first half of one, like RV1", .autocomplete = "postal-code", .width = "10"});
  form.Select("level", "Level of need", LevelOptions("Any level"), search.level);
  form.Select("type", "Type of service", TypeOptions("Any type"), search.type);
  Options needs{{"", "Any need"}};
  for (auto need : AllServiceNeeds())
    needs.emplace_back(std::string(ServiceNeedCode(need)), std::string(ServiceNeedLabel(need)));
  form.Select("need", "Help with", needs, search.need);
  form.ApplyTo(data);
  data.set("stale_checked", search.stale_only);
  data.set("archived_checked", search.include_archived);
}

}  // namespace alongside::web
