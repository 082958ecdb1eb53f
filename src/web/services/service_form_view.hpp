#pragma once
/// The fields of the directory entry form, filled with what was typed and each field's message.

#include <vector>

#include "core/common/errors.hpp"
#include "core/organisations/organisation.hpp"
#include "core/services/service_form.hpp"
#include "http/form.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

ServiceForm ReadServiceForm(const http::Form& form);
/// `organisations` offers a choice of keeper when there is more than one (creation only).
void AddServiceFormFields(View& data, const ServiceForm& form, const std::vector<FieldError>& errors,
                          const std::vector<Organisation>& organisations);

}  // namespace alongside::web
