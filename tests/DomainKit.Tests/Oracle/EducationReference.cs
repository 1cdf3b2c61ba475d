using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// A plain reference model of education assistance (ED-01), from the policy specification in decimal yuan, on the
/// dibao and margin reference models: counted pupils of dibao households and extreme-poverty pupils get their stage's
/// annual amount where the policy's table gives one; home teaching is for disabled children.
/// </summary>
internal static class EducationReference
{
    public static (int[] Pupils, decimal AnnualYuan) Decide(Household household, PolicySet policy, LocalDate date, bool? dibaoHousehold = null)
    {
        var standards = policy.ValueAt(EducationParameters.Standards, date).Value.Value;
        var dibao = dibaoHousehold ?? DibaoReference.Decide(household, policy, date).Outcome != DibaoOutcome.Ineligible;
        var poverty = MarginReference.ExtremePoverty(household, policy, date);
        var pupils = Enumerable.Range(0, household.Members.Length).Where(i =>
        {
            var m = household.Members[i];
            return m.SchoolStage != SchoolStage.None
                && DibaoReference.Counts(m, policy, date)
                && (dibao || poverty.Contains(i))
                && (m.SchoolStage != SchoolStage.HomeTaught || m.Disability is not null)
                && standards.Amounts.Any(a => a.Key == m.SchoolStage);
        }).ToArray();
        return (pupils, pupils.Sum(i => standards.Amounts.Single(a => a.Key == household.Members[i].SchoolStage).Value.Yuan));
    }
}
