#pragma once
/// Service tests about tasks: the people and families of the contact tests, with babies and
/// submitted contacts put straight into the tables (the family record and contact services
/// are not needed to test tasks).

#include <string>

#include "contact_family_fixture.hpp"

namespace alongside::test {

class TaskFamilyTest : public ContactFamilyTest {
 protected:
  /// A family of another programme, nobody's caseload.
  std::string AddFamilyElsewhere(const std::string& name) {
    const auto id = AddFamily(name, "", true);
    auto tx = database().Begin();
    tx->Execute("UPDATE families SET organisation_id = $1 WHERE id = $2", {other_programme_.id, id});
    tx->Commit();
    return id;
  }

  void AddBaby(const std::string& family_id, const std::string& due, const std::string& birth = "") {
    auto tx = database().Begin();
    tx->Execute("INSERT INTO babies (id, family_id, due_date, birth_date, created_at) VALUES ($1, $2, $3, $4, $5)",
                {NewId(clock().Now()), family_id, due.empty() ? db::Value(nullptr) : db::Value(due),
                 birth.empty() ? db::Value(nullptr) : db::Value(birth), clock().Now()});
    tx->Commit();
  }

  void AddSubmittedContact(const std::string& family_id, const std::string& date) {
    auto tx = database().Begin();
    tx->Execute("INSERT INTO contacts (id, family_id, author_user_id, status, kind, contact_date, duration_minutes, "
                "created_at, updated_by, updated_at) VALUES ($1, $2, $3, 'submitted', 'home_visit', $4, 30, $5, $3, $5)",
                {NewId(clock().Now()), family_id, supporter_.id, date, clock().Now()});
    tx->Commit();
  }

  void Refresh(const std::string& family_id) {
    auto tx = database().Begin();
    w().task_service.RefreshFamily(*tx, family_id);
    tx->Commit();
  }

  void CloseFamily(const std::string& family_id) {
    auto tx = database().Begin();
    tx->Execute("UPDATE families SET status = 'closed', closing_reason = 'goals_met' WHERE id = $1", {family_id});
    tx->Commit();
  }

  /// families.next_task_title and next_task_due ("" when NULL).
  std::pair<std::string, std::string> NextTask(const std::string& family_id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto row = tx->QueryOne("SELECT next_task_title, next_task_due FROM families WHERE id = $1", {family_id});
    tx->Commit();
    return {row->Text(0), row->Text(1)};
  }

  /// Every task of the family as "kind status due" lines, ordered for comparison.
  std::vector<std::string> TaskLines(const std::string& family_id) {
    auto tx = database().Begin(db::TxMode::kRead);
    std::vector<std::string> lines;
    for (const auto& row : tx->Query("SELECT kind, status, due_date FROM tasks WHERE family_id = $1 "
                                     "ORDER BY kind, status, due_date", {family_id}))
      lines.push_back(row.Text(0) + " " + row.Text(1) + " " + row.Text(2));
    tx->Commit();
    return lines;
  }

  TaskForm Form(const std::string& title, const std::string& due, bool shared = false) {
    return {title, due, "", shared};
  }
};

}  // namespace alongside::test
