using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Assistance;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// The values policies hold and the checks around money, compared with their reviewed output: each way to build
/// an education table, a medical scheme or a temporary-months table wrongly, and at its limits; what a scheme's
/// bands give on bases around their edges; fraud sanctions at the limits of the amount; a ledger refusing each kind
/// of bad entry; claims with too many or missing bills; and month sets.
/// </summary>
public class PolicyValuesOutputsTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    [Fact]
    public void EducationTables_AreBuiltAsApproved()
    {
        var output = new OutputWriter();
        var valid = new[] { Pair(SchoolStage.Primary, 1_000m), Pair(SchoolStage.JuniorSecondary, 1_250m) };
        var cases = new (string Name, KeyValuePair<SchoolStage, Money>[] Rows)[]
        {
            ("compulsory stages only", valid),
            ("every stage, at the limits", [Pair(SchoolStage.Primary, 0m), Pair(SchoolStage.JuniorSecondary, 1_000_000_000m), Pair(SchoolStage.SeniorSecondary, 1m), Pair(SchoolStage.Vocational, 2m), Pair(SchoolStage.Tertiary, 3m), Pair(SchoolStage.HomeTaught, 4m)]),
            ("no junior secondary", [valid[0]]),
            ("no primary", [valid[1]]),
            ("none", []),
            ("the stage none", [.. valid, Pair(SchoolStage.None, 1m)]),
            ("an undefined stage", [.. valid, Pair((SchoolStage)99, 1m)]),
            ("a stage twice", [.. valid, Pair(SchoolStage.Primary, 2m)]),
            ("a negative amount", [.. valid, Pair(SchoolStage.Tertiary, -0.01m)]),
            ("an amount over the limit", [.. valid, Pair(SchoolStage.Tertiary, 1_000_000_000.01m)]),
        };
        foreach (var (name, rows) in cases)
        {
            output.Case(name);
            var table = EducationStandards.Create(rows);
            if (output.Errors(table))
            {
                output.Value("table", table.Value.ToString());
                output.Value("for each stage", new[] { (SchoolStage)(-1), (SchoolStage)99 }.Concat(Enum.GetValues<SchoolStage>()).Select(s => $"{s} {OutputWriter.Format(table.Value.For(s))}"));
                output.Value("equals the compulsory table", table.Value.Equals(EducationStandards.Create(valid).Value));
                output.Value("equals null", table.Value.Equals(null));
            }
        }

        ApprovedText.Verify("education-tables", output.ToString());
    }

    [Fact]
    public void MedicalSchemes_AreBuiltAndBandedAsApproved()
    {
        var output = new OutputWriter();
        var flat = MedicalStage.Flat("basic", Deductible.Fixed(Money.FromYuan(300m)), Rate.FromFraction(0.7m), Money.FromYuan(20_000m));
        RatioBand[] thirds = [new(Money.FromYuan(100m), Rate.FromFraction(1m / 3m)), new(Money.FromYuan(300m), Rate.FromFraction(0.5m)), new(null, Rate.FromFraction(0.9m))];
        RatioBand[] whole = [new(Money.FromYuan(100m), Rate.FromFraction(0.25m)), new(Money.FromYuan(300m), Rate.FromFraction(0.5m)), new(null, Rate.FromFraction(1m))];
        var cases = new (string Name, MedicalStage[] Stages)[]
        {
            ("one flat stage", [flat]),
            ("bands in thirds", [new MedicalStage("thirds", Deductible.None, [.. thirds], Money.FromYuan(1_000m))]),
            ("bands in whole basis points", [new MedicalStage("whole", Deductible.ShareOfDisposableIncome(Rate.FromFraction(1m)), [.. whole], Money.Zero)]),
            ("no stages", []),
            ($"{MedicalAssistanceScheme.MaxStages} stages", [.. Enumerable.Repeat(flat, MedicalAssistanceScheme.MaxStages)]),
            ($"{MedicalAssistanceScheme.MaxStages + 1} stages", [.. Enumerable.Repeat(flat, MedicalAssistanceScheme.MaxStages + 1)]),
            ("a null stage", [flat, null!]),
            ("names blank, of 64 and of 65 characters", [new MedicalStage(" ", Deductible.None, [.. whole], Money.Zero), new MedicalStage(new string('n', 64), Deductible.None, [.. whole], Money.Zero), new MedicalStage(new string('n', 65), Deductible.None, [.. whole], Money.Zero)]),
            ("caps negative, at and over the limit", [new MedicalStage("a", Deductible.None, [.. whole], Money.FromFen(-1)), new MedicalStage("b", Deductible.None, [.. whole], Money.FromYuan(1_000_000_000m)), new MedicalStage("c", Deductible.None, [.. whole], Money.FromYuan(1_000_000_000.01m))]),
            ("deductibles at and over the limit", [new MedicalStage("a", Deductible.Fixed(Money.FromYuan(1_000_000_000m)), [.. whole], Money.Zero), new MedicalStage("b", Deductible.Fixed(Money.FromYuan(1_000_000_000.01m)), [.. whole], Money.Zero)]),
            ("deductible shares at and over one", [new MedicalStage("a", Deductible.ShareOfDisposableIncome(Rate.FromFraction(1m)), [.. whole], Money.Zero), new MedicalStage("b", Deductible.ShareOfDisposableIncome(Rate.FromFraction(1.0001m)), [.. whole], Money.Zero)]),
            ("no bands, and too many", [new MedicalStage("a", Deductible.None, [], Money.Zero), new MedicalStage("b", Deductible.None, [.. Enumerable.Range(1, MedicalAssistanceScheme.MaxBands + 1).Select(i => new RatioBand(Money.FromYuan(i), Rate.FromFraction(0.5m)))], Money.Zero)]),
            ($"{MedicalAssistanceScheme.MaxBands} bands", [new MedicalStage("a", Deductible.None, [.. Enumerable.Range(1, MedicalAssistanceScheme.MaxBands).Select(i => new RatioBand(i < MedicalAssistanceScheme.MaxBands ? Money.FromYuan(i) : null, Rate.FromFraction(0.5m)))], Money.Zero)]),
            ("default bands", [new MedicalStage("a", Deductible.None, default, Money.Zero)]),
            ("band edges equal, and at the limit", [new MedicalStage("a", Deductible.None, [new(Money.FromYuan(5m), Rate.FromFraction(0.5m)), new(Money.FromYuan(5m), Rate.FromFraction(0.5m)), new(Money.FromYuan(1_000_000_000m), Rate.FromFraction(0.5m)), new(null, Rate.FromFraction(0.5m))], Money.Zero)]),
            ("bad bands", [new MedicalStage("a", Deductible.None, [null!, new(Money.FromYuan(10m), Rate.FromFraction(1.01m)), new(Money.FromYuan(5m), Rate.FromFraction(0.1m)), new(null, Rate.FromFraction(0.5m)), new(Money.FromYuan(20m), Rate.FromFraction(0.5m))], Money.Zero)]),
        };
        output.Case("a single stage that is not valid");
        output.Line(Assert.Throws<ArgumentException>(() => MedicalAssistanceScheme.SingleStage(Deductible.None, Rate.FromFraction(1.5m), Money.Zero)).Message);
        foreach (var (name, stages) in cases)
        {
            output.Case(name);
            var scheme = MedicalAssistanceScheme.Create(stages);
            if (!output.Errors(scheme))
            {
                continue;
            }

            output.Value("scheme", scheme.Value.ToString());
            output.Value("equals the flat scheme", scheme.Value.Equals(MedicalAssistanceScheme.Create([flat]).Value));
            output.Value("equals null", scheme.Value.Equals(null));
            foreach (var stage in scheme.Value!.Stages.Take(1))
            {
                var bases = new long[] { 0, 1, 9_999, 10_000, 10_001, 29_999, 30_000, 30_001, 49_999, 50_000, 50_001, 1_000_000 };
                output.Value("banded fen", bases.Select(b => $"{b}: {stage.BandedFen(b).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
                output.Value("equals itself rebuilt", stage.Equals(new MedicalStage(stage.Name, stage.Deductible, stage.Bands, stage.AnnualCap)));
                output.Value("equals it renamed", stage.Equals(new MedicalStage(stage.Name + "x", stage.Deductible, stage.Bands, stage.AnnualCap)));
                output.Value("equals it with another cap", stage.Equals(new MedicalStage(stage.Name, stage.Deductible, stage.Bands, stage.AnnualCap + Money.FromFen(1))));
                output.Value("equals it with another deductible", stage.Equals(new MedicalStage(stage.Name, Deductible.Fixed(Money.FromFen(7)), stage.Bands, stage.AnnualCap)));
                output.Value("equals it with a band less", stage.Equals(new MedicalStage(stage.Name, stage.Deductible, stage.Bands.RemoveAt(0), stage.AnnualCap)));
            }
        }

        ApprovedText.Verify("medical-schemes", output.ToString());
    }

    [Fact]
    public void TemporaryTables_FraudSanctionsLedgersAndClaims_AreCheckedAsApproved()
    {
        var output = new OutputWriter();
        var rows = Enum.GetValues<TemporaryCategory>().SelectMany(c => Enum.GetValues<TemporaryNeed>().Select(n => new TemporaryMonthsRow(c, n, Rate.FromFraction(1m), Rate.FromFraction(2m)))).ToArray();
        var tables = new (string Name, TemporaryMonthsRow[] Rows)[]
        {
            ("every row", rows),
            ("at the limits", [.. rows.Select(r => r with { Moderate = Rate.FromFraction(120m), Serious = Rate.FromFraction(120m) })]),
            ("a row missing", rows[1..]),
            ("a row twice", [.. rows, rows[0]]),
            ("a null row", [.. rows, null!]),
            ("undefined names", [.. rows, rows[0] with { Category = (TemporaryCategory)9 }, rows[0] with { Need = (TemporaryNeed)9 }]),
            ("moderate above serious, and serious above 120", [rows[0] with { Moderate = Rate.FromFraction(3m) }, rows[1] with { Serious = Rate.FromFraction(120.01m) }, .. rows[2..]]),
        };
        foreach (var (name, table) in tables)
        {
            output.Case($"temporary months: {name}");
            var months = TemporaryMonths.Create(table);
            if (output.Errors(months))
            {
                output.Line($"accepted; equals the first table {months.Value.Equals(TemporaryMonths.Create(rows).Value)}, equals null {months.Value.Equals(null)}");
            }
        }

        var fines = TemporaryAssistanceTest.Local.With(FraudParameters.FineMinimum, Rate.FromFraction(3m), Date).With(FraudParameters.FineMaximum, Rate.FromFraction(2m), Date);
        var limit = Money.FromYuan(Household.MaxAmountYuan);
        foreach (var (name, amount, policy) in new[]
        {
            ("one fen", Money.FromFen(1), PolicySets.ZhifuPilot),
            ("zero", Money.Zero, PolicySets.ZhifuPilot),
            ("the limit", limit, PolicySets.ZhifuPilot),
            ("over the limit", limit + Money.FromFen(1), PolicySets.ZhifuPilot),
            ("fines in the wrong order", Money.FromYuan(100m), fines),
            ("fines of the same multiple", Money.FromYuan(100m), fines.With(FraudParameters.FineMaximum, Rate.FromFraction(3m), Date)),
            ("under the national baseline", Money.FromYuan(100m), PolicySets.NationalBaseline),
        })
        {
            output.Case($"fraud: {name}");
            var sanction = Fraud.Sanction(amount, policy, Date);
            if (output.Errors(sanction))
            {
                output.Properties("sanction", sanction.Value);
            }
        }

        Ledger(output);
        Claims(output);
        output.Case("time limits");
        foreach (var timeLimit in new[] { (TimeLimit)99, TimeLimit.PublicNotice, TimeLimit.DataCheck })
        {
            var due = TimeLimits.Due(timeLimit, Date, WorkingDayCalendar.MondayToFriday, CaseTestKit.Policy);
            if (output.Errors(due))
            {
                output.Line($"{due.Value}, late on its day {due.Value.IsLate(due.Value.Due)}, the day after {due.Value.IsLate(due.Value.Due.PlusDays(1))}, done in time {due.Value.IsLate(due.Value.Due.PlusDays(9), due.Value.Due)}");
                output.Step(due.Value.Explain());
            }
        }

        output.Case("month sets");
        foreach (var set in new[] { MonthSet.Of(), MonthSet.Of(1, 12), MonthSet.Of(6, 6, 7) })
        {
            output.Line($"{{{set}}}: contains {string.Join(" ", Enumerable.Range(0, 14).Select(m => set.Contains(m) ? "1" : "0"))}; equals {{1, 12}} {set == MonthSet.Of(12, 1)} {set != MonthSet.Of(1, 12)} {set.Equals((object)MonthSet.Of(1, 12))}");
        }

        ApprovedText.Verify("values-and-checks", output.ToString());
    }

    private static void Ledger(OutputWriter output)
    {
        var at = Instant.FromUtc(2026, 1, 5, 1, 0);
        var medical = new LedgerAccount(Fund.MedicalAssistance, 2026);
        var named = new LedgerAccount(Fund.Charity, 2026, "sight-restoration");
        var ledger = FundLedger.Empty.Open(medical, Money.FromYuan(1_000m), "finance-1", at, "budget", 0).Value;
        ledger = ledger.OpenNamedFund(named, Money.FromYuan(500m), Need.Medical, "finance-1", at, "donor agreement", ledger.Version).Value;
        ledger = ledger.Disburse(medical, "case-1", Programme.MedicalAssistance, Money.FromYuan(300m), "approver-1", at, "approved", ledger.Version).Value;
        output.Case("ledger");
        output.Value("accounts", ledger.Accounts.Select(a => a.ToString()));
        output.Value("net paid to case-1 from medical, from the named fund, to case-2", new[] { ledger.NetPaid(medical, "case-1"), ledger.NetPaid(named, "case-1"), ledger.NetPaid(medical, "case-2") });
        foreach (var (name, result) in new (string, Result<FundLedger>)[]
        {
            ("dated before the last entry", ledger.Donate(named, Money.FromYuan(1m), "finance-1", at.Minus(Duration.FromSeconds(1)), "gift", ledger.Version)),
            ("opened twice", ledger.Open(medical, Money.FromYuan(1m), "finance-1", at, "budget", ledger.Version)),
            ("not opened", ledger.Disburse(new LedgerAccount(Fund.Emergency, 2026), "case-1", Programme.TemporaryAssistance, Money.FromYuan(1m), "approver-1", at, "approved", ledger.Version)),
            ("the named fund for another purpose", ledger.DisburseCharity(named, "case-1", Need.Education, Money.FromYuan(1m), "board-1", at, "tuition", ledger.Version)),
            ("recovering more than was paid", ledger.Recover(medical, "case-1", Money.FromYuan(300.01m), "finance-1", at, "finding", ledger.Version)),
            ("recovering from a case never paid", ledger.Recover(medical, "case-2", Money.FromYuan(1m), "finance-1", at, "finding", ledger.Version)),
            ("more than the balance", ledger.Disburse(medical, "case-1", Programme.MedicalAssistance, Money.FromYuan(700.01m), "approver-1", at, "approved", ledger.Version)),
            ("a stale version", ledger.Disburse(medical, "case-1", Programme.MedicalAssistance, Money.FromYuan(1m), "approver-1", at, "approved", ledger.Version - 1)),
        })
        {
            output.Case($"ledger: {name}");
            if (result.Status == ResultStatus.Conflict)
            {
                output.Line($"conflict: {string.Join("; ", result.Errors)}");
            }
            else if (output.Errors(result))
            {
                output.Line("accepted");
            }
        }

        var entries = ledger.Entries;
        foreach (var (name, replayed) in new[]
        {
            ("in order", entries.ToArray()),
            ("an entry left out", [entries[0], entries[2]]),
            ("an entry that breaks a rule", [entries[0], entries[1], entries[2] with { Amount = Money.FromYuan(5_000m) }]),
        })
        {
            output.Case($"ledger replayed: {name}");
            var result = FundLedger.Replay(replayed);
            if (output.Errors(result))
            {
                output.Value("balances", result.Value.Accounts.Select(a => $"{a} {result.Value.Balance(a)}"));
            }
        }
    }

    private static void Claims(OutputWriter output)
    {
        var household = Household.Create(HouseholdCorpus.Full).Value;
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(100m) };
        foreach (var (name, bills, expenditure, temporary) in new (string, MedicalBill[], ExpenditureClaim?, TemporaryAssistanceRequest?)[]
        {
            ($"{HouseholdClaims.MaxBills} bills", [.. Enumerable.Repeat(bill, HouseholdClaims.MaxBills)], null, null),
            ($"{HouseholdClaims.MaxBills + 1} bills", [.. Enumerable.Repeat(bill, HouseholdClaims.MaxBills + 1)], null, null),
            ("a null bill and a bill for no member", [bill, null!, bill with { MemberIndex = 9 }], null, null),
            ("a bad expenditure claim", [], new ExpenditureClaim { MedicalSpending = Money.FromFen(-1) }, null),
            ("a bad temporary request", [], null, new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(1m), Need = (TemporaryNeed)9, Severity = HardshipSeverity.Serious }),
        })
        {
            output.Case($"claims: {name}");
            var claims = HouseholdClaims.Create(household, bills, expenditure, temporary);
            if (output.Errors(claims))
            {
                output.Value("bills", claims.Value.Bills.Length);
            }
        }
    }

    [Fact]
    public void BillsClaimsAndLedgerEntries_AtAndBeyondTheirLimits_AreCheckedAsApproved()
    {
        var output = new OutputWriter();
        var household = Household.Create(HouseholdCorpus.Full).Value;
        var limit = Money.FromYuan(Household.MaxAmountYuan);
        var over = limit + Money.FromFen(1);
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(100m) };
        foreach (var (name, candidate) in new (string, MedicalBill)[]
        {
            ("member -1", bill with { MemberIndex = -1 }),
            ("the last member", bill with { MemberIndex = household.Members.Length - 1 }),
            ("one past the last member", bill with { MemberIndex = household.Members.Length }),
            ("every amount at the limit", bill with { TotalCost = limit, AlreadyPaidThisYear = [limit] }),
            ("every amount over the limit", bill with { TotalCost = over, ExcludedCost = over, BasicInsurancePaid = over, CriticalIllnessInsurancePaid = over, SupplementaryPaid = over, AlreadyPaidThisYear = [over] }),
            ("negative amounts", bill with { ExcludedCost = Money.FromFen(-1), SupplementaryPaid = Money.FromFen(-1), AlreadyPaidThisYear = [Money.FromFen(-1)] }),
            ("insurance and exclusions equal to the cost", bill with { ExcludedCost = Money.FromYuan(10m), BasicInsurancePaid = Money.FromYuan(50m), CriticalIllnessInsurancePaid = Money.FromYuan(30m), SupplementaryPaid = Money.FromYuan(10m) }),
            ("insurance and exclusions one fen over the cost", bill with { ExcludedCost = Money.FromYuan(10m), BasicInsurancePaid = Money.FromYuan(50m), CriticalIllnessInsurancePaid = Money.FromYuan(30m), SupplementaryPaid = Money.FromYuan(10.01m) }),
            ($"{MedicalAssistanceScheme.MaxStages} stages paid", bill with { AlreadyPaidThisYear = [.. Enumerable.Repeat(Money.FromYuan(1m), MedicalAssistanceScheme.MaxStages)] }),
            ($"{MedicalAssistanceScheme.MaxStages + 1} stages paid", bill with { AlreadyPaidThisYear = [.. Enumerable.Repeat(Money.FromYuan(1m), MedicalAssistanceScheme.MaxStages + 1)] }),
        })
        {
            output.Case($"bill: {name}");
            var claims = HouseholdClaims.Create(household, [candidate]);
            if (output.Errors(claims))
            {
                output.Line($"remainder: {candidate.Remainder}");
            }
        }

        foreach (var (name, claim) in new (string, ExpenditureClaim)[]
        {
            ("at the limit", new ExpenditureClaim { MedicalSpending = limit, EducationSpending = limit, BasicLivingSpending = limit, RehabilitationSpending = limit }),
            ("over the limit", new ExpenditureClaim { MedicalSpending = over, EducationSpending = over, BasicLivingSpending = over, RehabilitationSpending = over }),
        })
        {
            output.Case($"expenditure claim: {name}");
            if (output.Errors(HouseholdClaims.Create(household, [], claim)))
            {
                output.Line("accepted");
            }
        }

        var at = Instant.FromUtc(2026, 1, 5, 1, 0);
        var medical = new LedgerAccount(Fund.MedicalAssistance, 2026);
        var ledger = FundLedger.Empty.Open(medical, limit, "finance-1", at, "budget", 0).Value;
        foreach (var (name, result) in new (string, Result<FundLedger>)[]
        {
            ("a budget over the limit", FundLedger.Empty.Open(medical, over, "finance-1", at, "budget", 0)),
            ("a budget of zero", FundLedger.Empty.Open(medical, Money.Zero, "finance-1", at, "budget", 0)),
            ("a budget of one fen", FundLedger.Empty.Open(medical, Money.FromFen(1), "finance-1", at, "budget", 0)),
            ("a payment of the whole budget", ledger.Disburse(medical, "case-1", Programme.MedicalAssistance, limit, "approver-1", at, "approved", 1)),
            ("a reason of 500 characters", ledger.Disburse(medical, "case-1", Programme.MedicalAssistance, Money.FromFen(1), "approver-1", at, new string('r', 500), 1)),
            ("a reason of 501 characters", ledger.Disburse(medical, "case-1", Programme.MedicalAssistance, Money.FromFen(1), "approver-1", at, new string('r', 501), 1)),
            ("IDs of 64 characters", ledger.Disburse(medical, new string('c', 64), Programme.MedicalAssistance, Money.FromFen(1), new string('s', 64), at, "approved", 1)),
            ("IDs of 65 characters", ledger.Disburse(medical, new string('c', 65), Programme.MedicalAssistance, Money.FromFen(1), new string('s', 65), at, "approved", 1)),
            ("a named fund opened without a purpose", FundLedger.Replay([ledger.Entries[0], ledger.Entries[0] with { Sequence = 2, Account = new LedgerAccount(Fund.Charity, 2026, "sight"), Purpose = null }])),
            ("a named fund outside the charity account", FundLedger.Empty.Open(new LedgerAccount(Fund.Emergency, 2026, "named"), Money.FromYuan(1m), "finance-1", at, "budget", 0)),
        })
        {
            output.Case($"ledger: {name}");
            if (output.Errors(result))
            {
                output.Value("balance", result.Value.Balance(medical));
            }
        }

        ApprovedText.Verify("limits", output.ToString());
    }

    private static KeyValuePair<SchoolStage, Money> Pair(SchoolStage stage, decimal yuan) => KeyValuePair.Create(stage, Money.FromYuan(yuan));
}
