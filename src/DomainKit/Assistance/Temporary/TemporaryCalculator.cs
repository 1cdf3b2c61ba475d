namespace DomainKit.Assistance;

/// <summary>The arithmetic of temporary assistance, shared by the fast and explained paths.</summary>
internal static class TemporaryCalculator
{
    public static TemporaryFigures Compute(Household household, TemporaryAssistanceRequest request, TemporaryTerms terms)
    {
        var meansTest = MeansTest.Measure(household, terms.Dibao);
        var dibao = DibaoFigures.From(meansTest, household, terms.Dibao);
        return Compute(request, terms, dibao, ExtremePovertyChecks.Eligible(meansTest, dibao.Property));
    }

    /// <summary>On figures already computed for the household on the same policy and date.</summary>
    public static TemporaryFigures Compute(TemporaryAssistanceRequest request, TemporaryTerms terms, in DibaoFigures dibao, MemberSet extremePoverty)
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
        var amount = members == 0 ? Money.Zero : Money.Min(computed, terms.Cap.Value);
        var instalments = request.ExpectedMonths > terms.InstalmentAfterMonths.Value ? Math.Min(request.ExpectedMonths, terms.MaxInstalments.Value) : 1;
        var assessment = new TemporaryAssessment(
            granted: members > 0,
            category,
            amount,
            instalments,
            payFirst: request.Type == HardshipType.Emergency && request.Urgent,
            request.Residence == Residence.NonResident ? ApplicationRoute.CountyReliefAgency : ApplicationRoute.Township);
        return new TemporaryFigures(members, months, computed, assessment);
    }
}
