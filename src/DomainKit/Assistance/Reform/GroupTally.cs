namespace DomainKit.Assistance;

/// <summary>The running figures of one group of households (<see cref="GroupChange"/>), weighted and exact.</summary>
internal sealed class GroupTally
{
    private long sampleHouseholds;
    private WeightedSum households;
    private WeightedSum persons;
    private WeightedSum winners;
    private WeightedSum losers;
    private WeightedSum changeFen;
    private WeightedSum incomeFen;

    /// <summary>Counts one household: its counted members, the change of its annual value and its annual income before assistance, in fen.</summary>
    public void Add(int members, long annualChangeFen, long annualIncomeFen, bool unit, decimal weight)
    {
        sampleHouseholds++;
        households.Add(1, unit, weight);
        persons.Add(members, unit, weight);
        if (annualChangeFen > 0)
        {
            winners.Add(1, unit, weight);
        }
        else if (annualChangeFen < 0)
        {
            losers.Add(1, unit, weight);
        }

        changeFen.Add(annualChangeFen, unit, weight);
        incomeFen.Add(annualIncomeFen, unit, weight);
    }

    public GroupChange ToChange() => new()
    {
        SampleHouseholds = sampleHouseholds,
        Households = households.Total,
        Persons = persons.Total,
        Winners = winners.Total,
        Losers = losers.Total,
        TotalChange = changeFen.Total / 100m,
        IncomeBefore = incomeFen.Total / 100m,
    };
}
