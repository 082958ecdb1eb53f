#include "web/common/views.hpp"

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "web/common/navigation.hpp"

namespace alongside::web {
namespace {

namespace mustache = kainjow::mustache;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

Views::Views(const std::filesystem::path& templates_dir, const http::StaticFiles& assets) : assets_(assets) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(templates_dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    auto relative = std::filesystem::relative(entry.path(), templates_dir);
    relative.replace_extension();
    const std::string name = relative.generic_string();
    const std::string text = ReadFile(entry.path());
    mustache::mustache check(text);
    if (!check.is_valid()) throw std::runtime_error("Template " + name + ": " + check.error_message());
    if (name.rfind("partials/", 0) == 0) partials_[name.substr(9)] = text;
    else templates_[name] = text;
  }
  if (!templates_.count("layout")) throw std::runtime_error("templates/layout.mustache is missing");
}

std::string Views::RenderOne(const std::string& name, const View& data) const {
  // Compiled templates keep per-render state, so each worker thread has its own copies.
  thread_local std::unordered_map<const Views*, std::unordered_map<std::string, std::unique_ptr<mustache::mustache>>> cache;
  auto& mine = cache[this];
  auto it = mine.find(name);
  if (it == mine.end()) {
    const auto text = templates_.find(name);
    if (text == templates_.end()) throw std::runtime_error("Unknown template " + name);
    it = mine.emplace(name, std::make_unique<mustache::mustache>(text->second)).first;
  }
  View with_partials = data;
  for (const auto& [partial_name, text] : partials_) {
    // A value under a partial's name would be silently replaced by the partial.
    if (data.is_object() && data.get(partial_name))
      throw std::logic_error("Template data uses the partial name \"" + partial_name + "\" for " + name);
    const std::string* body = &text;
    with_partials.set(partial_name, mustache::partial{[body]() { return *body; }});
  }
  std::string out = it->second->render(with_partials);
  if (!it->second->error_message().empty())
    throw std::runtime_error("Rendering " + name + ": " + it->second->error_message());
  return out;
}

View Views::LayoutData(const Chrome& chrome) const {
  View layout;
  layout.set("title", chrome.title);
  layout.set("csrf_token", chrome.csrf_token);
  layout.set("has_errors", chrome.has_errors);
  if (!chrome.back_link.empty()) layout.set("back_link", chrome.back_link);
  if (!chrome.flash.empty()) layout.set("flash", chrome.flash);
  View assets;
  assets.set("css", assets_.Url("nhsuk-frontend.min.css"));
  assets.set("app_css", assets_.Url("app.css"));
  assets.set("app_js", assets_.Url("app.mjs"));
  assets.set("favicon", assets_.Url("images/favicon.svg"));
  layout.set("assets", assets);
  if (chrome.actor) {
    View actor;
    actor.set("name", chrome.actor->name);
    for (const auto& grant : chrome.actor->grants) {
      if (!grant.organisation_name.empty()) {
        actor.set("organisation", grant.organisation_name);
        break;
      }
    }
    layout.set("actor", actor);
    View items{View::type::list};
    for (const auto& item : NavigationFor(*chrome.actor)) {
      View entry;
      entry.set("href", item.href);
      entry.set("text", item.text);
      const bool current = chrome.current_path == item.href ||
                           (item.href != "/" && chrome.current_path.rfind(item.href + "/", 0) == 0);
      entry.set("current", current);
      items.push_back(entry);
    }
    layout.set("navigation", items);
    layout.set("has_navigation", true);
  }
  return layout;
}

std::string Views::Render(const std::string& name, View data, const Chrome& chrome) const {
  data.set("csrf_token", chrome.csrf_token);
  View layout = LayoutData(chrome);
  layout.set("content", RenderOne(name, data));
  return RenderOne("layout", layout);
}

http::Response Views::Page(const std::string& name, View data, const Chrome& chrome, int status) const {
  return http::Response::Html(Render(name, std::move(data), chrome), status);
}

}  // namespace alongside::web
