namespace DomainKit.Assistance;

/// <summary>The running figures of one poverty measure (<see cref="PovertyMeasure"/>), weighted and exact.</summary>
internal sealed class PovertyTally
{
    private WeightedSum households;
    private WeightedSum persons;
    private WeightedSum gapFen;

    /// <summary>
    /// Counts a household whose income over the window falls short of the line over the window by
    /// <paramref name="shortfallOverWindowFen"/>, when that is at least a fen a month.
    /// </summary>
    /// <remarks>
    /// The monthly gap is rounded once to the fen, as a benefit is (GEN-02), so sums stay exact; a household whose gap
    /// rounds to nothing is not poor. Dibao tops a household up to the standard month by month from its income rounded
    /// to the fen, which over the window can leave it a few fen short: such a household is at the line, not below it,
    /// and counting it would make the headcount disagree with the gap (poor, with a gap of nothing).
    /// </remarks>
    public void Add(int members, long shortfallOverWindowFen, int windowMonths, bool unit, decimal weight)
    {
        var monthlyGapFen = shortfallOverWindowFen <= 0 ? 0 : Money.Divide(shortfallOverWindowFen, windowMonths).Fen;
        if (monthlyGapFen <= 0)
        {
            return;
        }

        households.Add(1, unit, weight);
        persons.Add(members, unit, weight);
        gapFen.Add(monthlyGapFen, unit, weight);
    }

    public PovertyMeasure ToMeasure() => new()
    {
        Households = households.Total,
        Persons = persons.Total,
        GapMonthly = gapFen.Total / 100m,
    };
}
