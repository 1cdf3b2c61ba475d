namespace DomainKit.Assistance;

/// <summary>The running figures of one poverty measure (<see cref="PovertyMeasure"/>), weighted and exact.</summary>
internal sealed class PovertyTally
{
    private WeightedSum households;
    private WeightedSum persons;
    private WeightedSum gapFen;

    /// <summary>
    /// Counts a household whose income over the window falls short of the line over the window by
    /// <paramref name="shortfallOverWindowFen"/>; a household with no shortfall is not poor and is not counted.
    /// </summary>
    public void Add(int members, long shortfallOverWindowFen, int windowMonths, bool unit, decimal weight)
    {
        if (shortfallOverWindowFen <= 0)
        {
            return;
        }

        households.Add(1, unit, weight);
        persons.Add(members, unit, weight);
        // The monthly gap of one household, rounded once to the fen as a benefit is (GEN-02), so sums stay exact.
        gapFen.Add(Money.Divide(shortfallOverWindowFen, windowMonths).Fen, unit, weight);
    }

    public PovertyMeasure ToMeasure() => new()
    {
        Households = households.Total,
        Persons = persons.Total,
        GapMonthly = gapFen.Total / 100m,
    };
}
