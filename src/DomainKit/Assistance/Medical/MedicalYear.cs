namespace DomainKit.Assistance;

/// <summary>
/// The bills of one household claim belong to one year and are decided in the order given (MA-03, MA-05): a later bill
/// of the same patient under the same scheme counts what the earlier ones paid against each stage's annual cap and
/// what they met of each stage's annual deductible, so the second bill of a year does not pay the deductible again.
/// </summary>
internal static class MedicalYear
{
    /// <summary>The claims as decided in order; the same array when no patient has two bills, so the fast path allocates nothing then.</summary>
    public static ReadOnlySpan<MedicalClaim> InOrder(ReadOnlySpan<MedicalClaim> claims, in MarginFigures margin, MedicalTerms terms)
    {
        if (!AnyPatientTwice(claims))
        {
            return claims;
        }

        var ordered = new MedicalClaim[claims.Length];
        var carried = new Dictionary<(int Member, bool Serious), (Money[] Paid, Money[] Met)>();
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            var group = MedicalCalculator.Group(margin, claim.Bill);
            var serious = MedicalCalculator.UsesSeriousIllnessScheme(claim.Bill, group, terms);
            var key = (claim.Bill.MemberIndex, serious);
            if (carried.TryGetValue(key, out var earlier))
            {
                claim = claim.AfterEarlierBills(earlier.Paid, earlier.Met);
            }

            ordered[i] = claim;
            if (MedicalCalculator.Scheme(serious, group, terms) is not { } scheme)
            {
                continue;
            }

            var stages = scheme.Value.Stages;
            var paid = earlier.Paid ?? new Money[stages.Length];
            var met = earlier.Met ?? new Money[stages.Length];
            var unpaid = claim.Bill.Remainder;
            for (var s = 0; s < stages.Length && s < paid.Length; s++)
            {
                var figures = MedicalCalculator.Stage(stages[s], unpaid, claim.Bill.AlreadyPaid(s), claim.Bill.DeductibleMet(s), terms.DisposableIncomePerCapita.Value);
                paid[s] += figures.Paid;
                met[s] += Money.Min(figures.DeductibleLeft, figures.Unpaid);
                unpaid -= figures.Paid;
            }

            carried[key] = (paid, met);
        }

        return ordered;
    }

    public static bool AnyPatientTwice(ReadOnlySpan<MedicalClaim> claims)
    {
        for (var i = 1; i < claims.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (claims[i].Bill.MemberIndex == claims[j].Bill.MemberIndex)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
