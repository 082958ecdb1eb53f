#pragma once
/// Server-rendered pages: mustache templates (HTML-escaped by default) inside one layout.

#include <filesystem>
#include <map>
#include <string>

#include <kainjow/mustache.hpp>

#include "core/access/actor.hpp"
#include "http/message.hpp"
#include "http/static_files.hpp"

namespace alongside::web {

using View = kainjow::mustache::data;

/// What the layout needs besides the page's own content.
struct Chrome {
  std::string title;
  const Actor* actor = nullptr;  ///< signed-in person, or null
  std::string csrf_token;
  std::string current_path;      ///< to mark the current navigation item
  std::string back_link;
  std::string flash;             ///< a one-line success message
  bool has_errors = false;       ///< prefixes the title with "Error: "
};

class Views {
 public:
  /// Loads every *.mustache under `templates_dir`; names are relative paths without the
  /// extension ("accounts/login"); files under partials/ are available as {{> name}}.
  Views(const std::filesystem::path& templates_dir, const http::StaticFiles& assets);

  /// Renders `name` with `data`, then the layout around it.
  std::string Render(const std::string& name, View data, const Chrome& chrome) const;
  /// A whole HTML response.
  http::Response Page(const std::string& name, View data, const Chrome& chrome, int status = 200) const;

 private:
  std::string RenderOne(const std::string& name, const View& data) const;
  View LayoutData(const Chrome& chrome) const;
  std::map<std::string, std::string> templates_;
  std::map<std::string, std::string> partials_;
  const http::StaticFiles& assets_;
};

}  // namespace alongside::web
