#include "core/families/sensitive_note_service.hpp"

#include "core/common/ids.hpp"

namespace alongside {

FamilySensitiveNotes SensitiveNoteService::List(const Actor& actor, const std::string& family_id,
                                                const PageRequest& page) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kRead);
  FamilySensitiveNotes out;
  out.family_id = family_id;
  out.display_name = notes_.FamilyDisplayName(*tx, family_id);
  out.notes = notes_.List(*tx, family_id, page.Normalised());
  out.may_add = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kCreate);
  access_.audit().Record(*tx, actor, "sensitive.read", "family", family_id);
  tx->Commit();
  return out;
}

SensitiveNote SensitiveNoteService::Add(const Actor& actor, const std::string& family_id,
                                        const SensitiveNoteForm& form) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kCreate);
  Validation v;
  auto note = ValidateSensitiveNote(form, v);
  v.ThrowIfAny();
  note.recorded_at = clock_.Now();
  note.id = NewId(note.recorded_at);
  note.family_id = family_id;
  note.recorded_by_user_id = actor.user_id;
  note.recorded_by_name = actor.name;
  notes_.Insert(*tx, note);
  access_.audit().Record(*tx, actor, "sensitive.create", "family", family_id);
  tx->Commit();
  return note;
}

}  // namespace alongside
