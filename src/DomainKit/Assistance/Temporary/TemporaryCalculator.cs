namespace DomainKit.Assistance;

/// <summary>The arithmetic of temporary assistance, shared by the fast and explained paths.</summary>
internal static class TemporaryCalculator
{
    public static TemporaryFigures Compute(Household household, TemporaryAssistanceRequest request, TemporaryTerms terms)
    {
        var meansTest = MeansTest.Measure(household, terms.Dibao);
        var dibao = DibaoFigures.From(meansTest, household, terms.Dibao);
        return Compute(household.Assets.FinancialAssets.Fen, request, terms, dibao, ExtremePovertyChecks.Eligible(meansTest, dibao.Property));
    }

    /// <summary>On figures already computed for the household on the same policy and date.</summary>
    public static TemporaryFigures Compute(long financialAssetsFen, TemporaryAssistanceRequest request, TemporaryTerms terms, in DibaoFigures dibao, MemberSet extremePoverty)
    {
        var category = !extremePoverty.IsEmpty ? TemporaryCategory.ExtremePoverty
            : dibao.Recipient ? TemporaryCategory.Dibao
            : TemporaryCategory.Other;
        var members = dibao.MeansTest.CountedMembers;
        var months = request.Severity == HardshipSeverity.Minor ? Rate.Zero : terms.Months.Value.MonthsFor(category, request.Need, request.Severity);

        // TA-05: standard × counted members × months, exact, rounded once half away from zero (GEN-02); a minor emergency is a flat sum.
        var computed = request.Severity == HardshipSeverity.Minor
            ? terms.MinorFlatSum.Value
            : Money.FromFen(checked(terms.Dibao.StandardMonthly.Value.Fen * members)).MultiplyBy(months);
        // TA-01: a hardship is a sudden need the household cannot meet from its income and assets. What it can meet
        // from is its financial assets and whatever counted income it has above the dibao line over the window; the
        // income up to the line is what basic living takes.
        // The line is dibao's own threshold: standard × counted members × window months.
        var ownResources = Money.FromFen(checked(financialAssetsFen + Math.Max(0, dibao.MeansTest.CountedIncomeFen - dibao.ThresholdFen)));
        var granted = members > 0 && request.SuddenCost > ownResources;
        var amount = granted ? Money.Min(computed, terms.Cap.Value) : Money.Zero;
        var instalments = request.ExpectedMonths > terms.InstalmentAfterMonths.Value ? Math.Min(request.ExpectedMonths, terms.MaxInstalments.Value) : 1;
        var assessment = new TemporaryAssessment(
            granted,
            category,
            amount,
            instalments,
            payFirst: request.Type == HardshipType.Emergency && request.Urgent,
            request.Residence == Residence.NonResident ? ApplicationRoute.CountyReliefAgency : ApplicationRoute.Township,
            ownResources);
        return new TemporaryFigures(members, months, computed, assessment);
    }
}
