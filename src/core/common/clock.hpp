#pragma once
/// Time is UTC integer milliseconds since the Unix epoch everywhere in storage and rules;
/// it is shown in Europe/London only when rendered.

#include <chrono>
#include <cstdint>

namespace alongside {

using Millis = std::int64_t;

/// Injected so rules about expiry and throttling can be tested without waiting.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Millis Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Millis Now() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

/// A clock that tests move by hand.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Millis start) : now_(start) {}
  Millis Now() const override { return now_; }
  void Advance(Millis by) { now_ += by; }
  void Set(Millis at) { now_ = at; }

 private:
  Millis now_;
};

constexpr Millis kSecond = 1000;
constexpr Millis kMinute = 60 * kSecond;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

}  // namespace alongside
