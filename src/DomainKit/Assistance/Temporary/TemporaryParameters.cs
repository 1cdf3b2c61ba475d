using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of temporary assistance (临时救助, policy-spec TA-01 to TA-06, ZF-TA-01).</summary>
public static class TemporaryParameters
{
    /// <summary>TA-05: months of the standard by category, need and severity. No source gives values: no preset holds it.</summary>
    public static readonly PolicyParameter<TemporaryMonths> Months = new(
        "temporaryMonths", "TA-05", ParameterUnit.Scheme, "Months of the dibao standard by category, need and severity.", new TemporaryMonthsCodec(), requiresLocalValue: true);

    /// <summary>TA-05: the most one grant may pay. No source gives a value: no preset holds it.</summary>
    public static readonly PolicyParameter<Money> Cap = ParameterFactory.Amount(
        "temporaryCap", "TA-05", ParameterUnit.Yuan, "Most one temporary grant may pay.", requiresLocalValue: true);

    /// <summary>TA-05: the flat sum for a minor emergency. No source gives a value: no preset holds it.</summary>
    public static readonly PolicyParameter<Money> MinorFlatSum = ParameterFactory.Amount(
        "temporaryMinorFlatSum", "TA-05", ParameterUnit.Yuan, "Flat sum for a minor emergency.", requiresLocalValue: true);

    /// <summary>TA-06: hardship expected to last more than this many months is paid in monthly instalments.</summary>
    public static readonly PolicyParameter<int> InstalmentAfterMonths = ParameterFactory.Whole(
        "temporaryInstalmentAfterMonths", "TA-06", ParameterUnit.Months, "Hardship longer than this is paid in instalments.", 1, 120);

    /// <summary>TA-06: the most monthly instalments.</summary>
    public static readonly PolicyParameter<int> MaxInstalments = ParameterFactory.Whole(
        "temporaryMaxInstalments", "TA-06", ParameterUnit.Months, "Most monthly instalments of one grant.", 1, 120);

    /// <summary>ZF-TA-01: working days to complete paperwork after an aid-first payment. Optional; no source gives a value.</summary>
    public static readonly PolicyParameter<int> PaperworkDeadlineDays = ParameterFactory.Whole(
        "temporaryPaperworkDeadlineDays", "ZF-TA-01", ParameterUnit.WorkingDays, "Working days to complete paperwork after aid is paid first.", 1, 365, optional: true, requiresLocalValue: true);
}
