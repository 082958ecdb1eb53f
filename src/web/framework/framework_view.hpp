#pragma once
/// How a version of the caregiving framework reads on a page: the three domains with their
/// skills in practitioners' and parents' words, the pressures and the five-step scale, and
/// who made the version, when and why.

#include <string>
#include <string_view>

#include "core/framework/framework.hpp"
#include "core/organisations/organisation.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// Which words to show: both side by side (the default), or only one audience's.
enum class FrameworkWords { kBoth, kPractitioners, kParents };
FrameworkWords FrameworkWordsFrom(std::string_view query_value);

/// `domains`, `pressures`, `scale`, the version's facts (`number`, `made`, `made_by`, `note`)
/// and which words to show (`show_practitioners`, `show_parents`, `side_by_side`).
View FrameworkVersionView(const FrameworkVersion& version, FrameworkWords words);

/// The three domains in parents' words, for a parent's own page: a list of {name, for_parents}.
View DomainsForParents(const Framework& framework);

/// "Version 2, made by Avery Admin on 23 November 2026 at 6:20pm" (or "loaded from the
/// shipped edition" for a version the system loaded).
std::string VersionMadeText(const FrameworkVersion& version);

/// `?area=` appended to `path` when there is an area to carry (platform administrators
/// choose one), so links keep the area being read.
std::string WithArea(const std::string& path, const std::string& area_id);

/// `areas` as options {id, name, selected} and `choose_area` when there is more than one.
void AddAreaChoice(View& data, const std::vector<Area>& areas, const std::string& area_id);

}  // namespace alongside::web
