#pragma once
/// Reading and adding a family's sensitive notes through FamilyAccess with
/// Resource::kFamilySensitive. Every view is audited ("sensitive.read") and every note
/// added ("sensitive.create"); refusals are audited by the request pipeline.

#include <string>
#include <vector>

#include "core/common/page.hpp"
#include "core/families/family_access.hpp"
#include "core/families/sensitive_note.hpp"

namespace alongside {

class SensitiveNoteRepository {
 public:
  virtual ~SensitiveNoteRepository() = default;
  /// Newest first, with the recorder's name.
  virtual Page<SensitiveNote> List(db::Transaction& tx, const std::string& family_id, const PageRequest& page) = 0;
  virtual void Insert(db::Transaction& tx, const SensitiveNote& note) = 0;
  virtual std::string FamilyDisplayName(db::Transaction& tx, const std::string& family_id) = 0;
};

struct FamilySensitiveNotes {
  std::string family_id;
  std::string display_name;
  Page<SensitiveNote> notes;
  bool may_add = false;
};

class SensitiveNoteService {
 public:
  SensitiveNoteService(db::Database& database, SensitiveNoteRepository& notes, FamilyAccess& access,
                       const Clock& clock)
      : database_(database), notes_(notes), access_(access), clock_(clock) {}

  FamilySensitiveNotes List(const Actor& actor, const std::string& family_id, const PageRequest& page);

  /// Invalid with a message per field. A concern can be written down whenever it arises,
  /// so a closed family or one without support consent still takes a note from those who
  /// may reach it.
  SensitiveNote Add(const Actor& actor, const std::string& family_id, const SensitiveNoteForm& form);

 private:
  db::Database& database_;
  SensitiveNoteRepository& notes_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
