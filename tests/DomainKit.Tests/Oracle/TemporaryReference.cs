using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// A plain reference model of temporary assistance (TA-01, TA-03 to TA-06), from the policy specification in decimal
/// yuan, on the dibao and margin reference models for the household's category; <c>dibao</c> overrides the dibao
/// standing where another rule settled it (a household taken into dibao under ZF-EX-01).
/// </summary>
internal static class TemporaryReference
{
    public static (bool Granted, TemporaryCategory Category, decimal Yuan, decimal[] Instalments, bool PayFirst, ApplicationRoute Route, decimal OwnYuan) Decide(
        Household household, TemporaryAssistanceRequest request, PolicySet policy, LocalDate date, bool? dibao = null)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var counted = DibaoReference.Counted(household, policy, date);
        var n = counted.Count;
        var standard = Value(DibaoParameters.StandardMonthly).Yuan;

        // TA-01: the household's own resources are its financial assets and its counted income above the dibao line
        // over the window; a sudden cost above them, by a fen or more, is a hardship.
        var income = counted.Sum(DibaoReference.Own);
        var own = household.Assets.FinancialAssets.Yuan + Math.Max(0m, income - (standard * n * Value(MeansTestParameters.AssessmentWindowMonths)));
        var granted = request.SuddenCost.Yuan > own;

        // TA-05: the category, then standard × members × the table's months for category, need and severity; a minor
        // emergency gets the flat sum; either is capped.
        var category = MarginReference.ExtremePoverty(household, policy, date).Length > 0 ? TemporaryCategory.ExtremePoverty
            : dibao ?? DibaoReference.Decide(household, policy, date).Outcome != DibaoOutcome.Ineligible ? TemporaryCategory.Dibao
            : TemporaryCategory.Other;
        var row = Value(TemporaryParameters.Months).Rows.Single(r => r.Category == category && r.Need == request.Need);
        var computed = request.Severity == HardshipSeverity.Minor
            ? Value(TemporaryParameters.MinorFlatSum).Yuan
            : Math.Round(standard * n * (request.Severity == HardshipSeverity.Serious ? row.Serious : row.Moderate).Value, 2, MidpointRounding.AwayFromZero);
        var amount = granted ? Math.Min(computed, Value(TemporaryParameters.Cap).Yuan) : 0m;

        // TA-06: long hardship in monthly instalments, equal whole fen, the last taking what is left.
        var count = request.ExpectedMonths > Value(TemporaryParameters.InstalmentAfterMonths) ? Math.Min(request.ExpectedMonths, Value(TemporaryParameters.MaxInstalments)) : 1;
        var part = Math.Floor(amount * 100m / count) / 100m;
        var instalments = Enumerable.Repeat(part, count - 1).Append(amount - (part * (count - 1))).ToArray();

        // TA-03, TA-04: an urgent emergency is paid first; non-residents go to the county relief agency.
        return (granted, category, amount, instalments, request.Type == HardshipType.Emergency && request.Urgent,
            request.Residence == Residence.NonResident ? ApplicationRoute.CountyReliefAgency : ApplicationRoute.Township, own);
    }
}
