// 勾稽 checks: the identities of REFERENCE.md as warnings with positions.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

// Runs every rule of the rules table in checks.cc over the document. Data
// that disagrees is a WARNING at the offending line (never an error: the
// published figures are what they are). Codes are "check.<rule>":
//   check.expenditure-split   total_expenditure = basic + project (figures)
//   check.basic-split         basic_expenditure = personnel + public_funds
//   check.grand-total         a 收入总计 row equals its 支出总计
//   check.row-basic-project   per row: 合计 = 基本支出 + 项目支出 (+ 上缴上级 …)
//   check.row-personnel-public per row: 合计 = 人员经费 + 公用经费
//   check.code-hierarchy      类 = Σ款, 款 = Σ项, per amount column
//   check.code-consistency    a functional code has one amount in all tables
// Sums of n rounded figures may be off by n × 0.005 of the printed unit.
std::vector<Diagnostic> CheckDocument(const Document& doc);

// An amount in the printed unit: 167620000 分 in 万元 -> "167.62".
std::string CheckAmount(Cents cents, Currency currency);

}  // namespace gongkai
