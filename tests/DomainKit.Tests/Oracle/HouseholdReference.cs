using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// A plain reference model of the one-window household assessment, composed from the programme reference models as
/// the specification links them: a household recognised under the Zhifu expenditure rule is taken into dibao
/// (ZF-EX-01, EX-04) and read as a dibao household by margin, medical, education and temporary assistance; the bills
/// of one patient under one kind of scheme are bills of one year, sharing the deductible and the cap (MA-03, MA-05).
/// </summary>
internal static class HouseholdReference
{
    internal sealed record Answer(
        DibaoOutcome DibaoOutcome,
        decimal DibaoYuan,
        int[] ExtremePoverty,
        MarginExclusion MarginExclusion,
        int[] SingleMembers,
        decimal SingleYuan,
        decimal MedicalYuan,
        ExpenditureExclusion? Expenditure,
        (bool Granted, TemporaryCategory Category, decimal Yuan)? Temporary,
        (int[] Pupils, decimal Yuan) Education)
    {
        public decimal MonthlyCash => DibaoYuan + SingleYuan;

        public bool IsLowIncome => DibaoOutcome == DibaoOutcome.Eligible || ExtremePoverty.Length > 0 || MarginExclusion == MarginExclusion.None || Expenditure == ExpenditureExclusion.None;
    }

    public static Answer Decide(Household household, IReadOnlyList<MedicalBill> bills, ExpenditureClaim? claim, TemporaryAssistanceRequest? request, PolicySet policy, LocalDate date)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var (dibaoOutcome, dibaoYuan) = DibaoReference.Decide(household, policy, date);
        var poverty = MarginReference.ExtremePoverty(household, policy, date);
        var (marginExclusion, singles, singleYuan) = MarginReference.Decide(household, policy, date);
        var expenditure = claim is not null && policy.ValueAtOrNull(ExpenditureParameters.Rule, date) is not null
            ? ExpenditureReference.Decide(household, claim, policy, date).Exclusion
            : (ExpenditureExclusion?)null;

        // ZF-EX-01: recognised under the Zhifu rule, the household is taken into dibao, at the amount the policy's
        // choice gives, never below what its members enrolled alone received; it is then no margin household.
        if (expenditure == ExpenditureExclusion.None && Value(ExpenditureParameters.Rule) == ExpenditureRule.ZhifuConsumption)
        {
            var counted = DibaoReference.Counted(household, policy, date);
            var income = counted.Sum(DibaoReference.Own);
            var rigid = claim!.MedicalSpending.Yuan + claim.EducationSpending.Yuan + claim.BasicLivingSpending.Yuan + claim.RehabilitationSpending.Yuan;
            var incomeForTheGap = Value(ExpenditureParameters.DibaoBenefit) switch
            {
                ExpenditureDibaoBenefit.GapOnIncome => income,
                ExpenditureDibaoBenefit.FullStandard => 0m,
                _ => Math.Max(0m, income - rigid),
            };
            var line = Value(DibaoParameters.StandardMonthly).Yuan * counted.Count * Value(MeansTestParameters.AssessmentWindowMonths);
            dibaoOutcome = DibaoOutcome.Eligible;
            dibaoYuan = Math.Max(DibaoReference.Benefit(counted, policy, date, Math.Max(0m, line - incomeForTheGap)), singleYuan);
            (marginExclusion, singles, singleYuan) = (MarginExclusion.Dibao, [], 0m);
        }

        var dibao = dibaoOutcome != DibaoOutcome.Ineligible;

        // MA-01 to MA-06 per bill, in order; each patient's bills under one kind of scheme carry what earlier ones paid and met.
        var carried = new Dictionary<(int Member, bool Serious), (decimal[] Paid, decimal[] Met)>();
        var medical = 0m;
        foreach (var bill in bills)
        {
            var group = MedicalReference.Group(household, bill, policy, date, poverty, dibao, marginExclusion == MarginExclusion.None, singles);
            var serious = MedicalReference.Pay(bill, group, policy, date).Serious;
            var key = (bill.MemberIndex, serious);
            var stated = bill;
            if (carried.TryGetValue(key, out var earlier))
            {
                var stages = Math.Max(earlier.Paid.Length, Math.Max(bill.AlreadyPaidThisYear.Length, bill.DeductibleMetThisYear.Length));
                stated = bill with
                {
                    AlreadyPaidThisYear = [.. Enumerable.Range(0, stages).Select(s => Money.FromYuan(bill.AlreadyPaid(s).Yuan + (s < earlier.Paid.Length ? earlier.Paid[s] : 0m)))],
                    DeductibleMetThisYear = [.. Enumerable.Range(0, stages).Select(s => Money.FromYuan(bill.DeductibleMet(s).Yuan + (s < earlier.Met.Length ? earlier.Met[s] : 0m)))],
                };
            }

            var result = MedicalReference.Pay(stated, group, policy, date);
            medical += result.PaidYuan;
            if (result.Covered)
            {
                var paid = earlier.Paid ?? new decimal[result.StagePaid.Length];
                var met = earlier.Met ?? new decimal[result.StageMet.Length];
                carried[key] = ([.. paid.Select((p, s) => p + result.StagePaid[s])], [.. met.Select((m, s) => m + result.StageMet[s])]);
            }
        }

        var temporary = request is null
            ? ((bool, TemporaryCategory, decimal)?)null
            : TemporaryReference.Decide(household, request, policy, date, dibao) is var t ? (t.Granted, t.Category, t.Yuan) : null;
        return new Answer(dibaoOutcome, dibaoYuan, poverty, marginExclusion, singles, singleYuan, medical, expenditure, temporary, EducationReference.Decide(household, policy, date, dibao));
    }
}
