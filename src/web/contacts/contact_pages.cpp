#include "web/contacts/contact_pages.hpp"

#include "core/common/london_time.hpp"
#include "web/common/page_context.hpp"
#include "web/contacts/contact_view.hpp"

namespace alongside::web {
namespace {

std::string ContactsPath(const std::string& family_id) { return "/families/" + family_id + "/contacts"; }
std::string ContactPath(const std::string& family_id, const std::string& contact_id) {
  return ContactsPath(family_id) + "/" + contact_id;
}

ContactForm FormFrom(const http::RequestContext& context) {
  const auto& f = context.form;
  return ContactForm{f.Get("kind"),           f.Get("date"),     f.Get("start_time"),
                     f.Get("duration_minutes"), f.GetAll("caregiver_ids"), f.Get("others_present"),
                     f.Get("location"),       f.GetAll("topics"), f.Get("notes")};
}

bool WantsSubmit(const http::RequestContext& context) { return context.form.Get("action") == "submit"; }

/// The new-contact form (no contact yet) or the edit form of `contact`.
http::Response FormPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, const std::string& family_id,
                        const std::optional<Contact>& contact, const ContactForm& form,
                        std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto form_context = contact ? services.contacts.EditForm(actor, family_id, contact->id)
                                    : services.contacts.NewForm(actor, family_id);
  View data;
  const bool has_errors = !errors.empty();
  AddContactForm(data, form, form_context.caregivers, std::move(errors));
  data.set("tabs", ContactTabs(services, actor, family_id, "contacts"));
  data.set("family_name", form_context.family_name);
  const bool draft = !contact || contact->draft();
  data.set("is_draft", draft);
  data.set("action", contact ? ContactPath(family_id, contact->id) + "/edit" : ContactsPath(family_id));
  data.set("heading", contact ? (draft ? "Edit a draft contact" : "Edit a contact") : "Record a contact");
  auto chrome = ChromeFor(request, context, contact ? "Edit a contact" : "Record a contact");
  chrome.has_errors = has_errors;
  chrome.back_link = contact ? ContactPath(family_id, contact->id) : ContactsPath(family_id);
  return views.Page("contacts/form", data, chrome, has_errors ? 422 : 200);
}

http::Response ListPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  PageRequest page_request;
  page_request.page = PageNumber(request);
  const auto list = services.contacts.List(actor, family_id, page_request);
  View items{View::type::list};
  for (const auto& c : list.page.items) {
    View item;
    item.set("href", ContactPath(family_id, c.id));
    item.set("date", DateText(c.details));
    item.set("kind", KindText(c.details));
    item.set("duration", DurationText(c.details));
    item.set("author", c.author_name);
    item.set("draft", c.draft());
    item.set("edited", c.edit_count > 0);
    items.push_back(item);
  }
  View data;
  data.set("items", items);
  data.set("has_items", !list.page.items.empty());
  data.set("shared_view", list.shared_view);
  data.set("may_record", list.may_record);
  data.set("new_href", ContactsPath(family_id) + "/new");
  data.set("family_name", list.family_name);
  data.set("tabs", ContactTabs(services, actor, family_id, "contacts"));
  if (!list.shared_view) {  // what contacts were about, in the framework's domains
    View counts{View::type::list};
    const auto by_domain = services.framework.ContactsByDomain(actor, family_id);
    data.set("has_domain_counts", !by_domain.empty());
    for (const auto& count : by_domain) {
      View item;
      item.set("domain", count.domain_name);
      item.set("count", std::to_string(count.count) + (count.count == 1 ? " contact" : " contacts"));
      counts.push_back(item);
    }
    data.set("domain_counts", counts);
  }
  AddPagination(data, request, list.page);
  auto chrome = ChromeFor(request, context, "Contacts");
  if (request.Query("done") == "deleted") chrome.flash = "Draft deleted.";
  return views.Page("contacts/list", data, chrome);
}

http::Response ShowPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto view = services.contacts.Get(actor, family_id, request.PathParam("contact"));
  const auto& c = view.contact;
  View data;
  data.set("family_name", view.family_name);
  data.set("tabs", ContactTabs(services, actor, family_id, "contacts"));
  data.set("heading", KindText(c.details) + ", " + DateText(c.details));
  data.set("draft", c.draft());
  data.set("shared_view", view.shared_view);
  data.set("author", c.author_name);
  std::optional<Framework> framework;  // the domains of the topics, for those who may read the family
  if (view.shared_view) {
    View rows{View::type::list};
    for (const auto& [key, value] : {std::pair{"Kind of contact", KindText(c.details)},
                                     std::pair{"Date", DateText(c.details)}}) {
      View row;
      row.set("key", key);
      row.set("value", value);
      rows.push_back(row);
    }
    data.set("rows", rows);
  } else {
    framework = services.framework.ForFamily(actor, family_id).framework;
    data.set("rows", DetailRows(c.details, view.caregivers, &*framework));
  }
  data.set("may_edit", view.may_edit);
  data.set("edit_href", ContactPath(family_id, c.id) + "/edit");
  data.set("submit_action", ContactPath(family_id, c.id) + "/submit");
  data.set("delete_href", ContactPath(family_id, c.id) + "/delete");
  if (c.submitted_at) data.set("submitted", FormatLondonDateTime(*c.submitted_at));
  data.set("edit_count", std::to_string(c.edit_count));
  data.set("edited", c.edit_count > 0);
  data.set("edited_once", c.edit_count == 1);
  View versions{View::type::list};
  for (auto it = view.revisions.rbegin(); it != view.revisions.rend(); ++it) {
    View version;
    version.set("number", std::to_string(it->number));
    version.set("saved_by", it->saved_by_name);
    version.set("saved_at", FormatLondonDateTime(it->saved_at));
    version.set("replaced_by", it->replaced_by_name);
    version.set("replaced_at", FormatLondonDateTime(it->replaced_at));
    version.set("rows", DetailRows(it->details, view.caregivers, framework ? &*framework : nullptr));
    versions.push_back(version);
  }
  data.set("versions", versions);
  auto chrome = ChromeFor(request, context, "Contact");
  chrome.back_link = ContactsPath(family_id);
  const auto done = request.Query("done");
  if (done == "draft") chrome.flash = "Saved as a draft. Submit it when it is complete.";
  if (done == "submitted") chrome.flash = "Contact submitted.";
  if (done == "saved") chrome.flash = "Changes saved. The version before them is kept below.";
  return views.Page("contacts/show", data, chrome);
}

/// Where to go after saving: the contact, saying what happened.
http::Response AfterSave(const std::string& family_id, const Contact& contact, bool was_draft) {
  const char* done = contact.draft() ? "draft" : was_draft ? "submitted" : "saved";
  return http::Response::Redirect(ContactPath(family_id, contact.id) + "?done=" + done);
}

}  // namespace

void AddContactPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/contacts", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ListPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/contacts/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    return FormPage(services, views, request, context, request.PathParam("id"), std::nullopt, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/contacts", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    const auto form = FormFrom(context);
    try {
      const auto contact = services.contacts.Create(context.RequireActor(), family_id, form, WantsSubmit(context));
      return AfterSave(family_id, contact, true);
    } catch (const Invalid& invalid) {
      return FormPage(services, views, request, context, family_id, std::nullopt, form, invalid.errors());
    }
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/contacts/{contact}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ShowPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/contacts/{contact}/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    const auto view = services.contacts.Get(context.RequireActor(), family_id, request.PathParam("contact"));
    if (!view.may_edit) throw AccessRefused(Resource::kFamily, Action::kUpdate, family_id);
    return FormPage(services, views, request, context, family_id, view.contact, FormOf(view.contact.details), {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/contacts/{contact}/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    const std::string contact_id = request.PathParam("contact");
    const auto form = FormFrom(context);
    const auto before = services.contacts.Get(context.RequireActor(), family_id, contact_id).contact;
    try {
      const auto contact = services.contacts.Save(context.RequireActor(), family_id, contact_id, form, WantsSubmit(context));
      return AfterSave(family_id, contact, before.draft());
    } catch (const Invalid& invalid) {
      return FormPage(services, views, request, context, family_id, before, form, invalid.errors());
    }
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/contacts/{contact}/submit", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    const std::string contact_id = request.PathParam("contact");
    try {
      const auto contact = services.contacts.Submit(context.RequireActor(), family_id, contact_id);
      return AfterSave(family_id, contact, true);
    } catch (const Invalid& invalid) {
      // Show what is missing on the form, with the draft as it is stored.
      const auto before = services.contacts.Get(context.RequireActor(), family_id, contact_id).contact;
      return FormPage(services, views, request, context, family_id, before, FormOf(before.details), invalid.errors());
    }
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/contacts/{contact}/delete", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    const auto view = services.contacts.Get(context.RequireActor(), family_id, request.PathParam("contact"));
    if (!view.may_edit) throw AccessRefused(Resource::kFamily, Action::kUpdate, family_id);
    if (!view.contact.draft()) throw Conflict("A submitted contact cannot be deleted. Edit it instead: its history is kept.");
    View data;
    data.set("family_name", view.family_name);
    data.set("tabs", ContactTabs(services, context.RequireActor(), family_id, "contacts"));
    data.set("description", KindText(view.contact.details) + ", " + DateText(view.contact.details));
    data.set("action", ContactPath(family_id, view.contact.id) + "/delete");
    data.set("cancel_href", ContactPath(family_id, view.contact.id));
    return views.Page("contacts/delete", data, ChromeFor(request, context, "Delete a draft contact"));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/contacts/{contact}/delete", [&services](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    services.contacts.DeleteDraft(context.RequireActor(), family_id, request.PathParam("contact"));
    return http::Response::Redirect(ContactsPath(family_id) + "?done=deleted");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
