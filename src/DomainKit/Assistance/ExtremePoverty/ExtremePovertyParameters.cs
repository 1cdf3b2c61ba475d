using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of extreme poverty (特困人员, policy-spec TK-01 to TK-04).</summary>
public static class ExtremePovertyParameters
{
    /// <summary>TK-02: from this age a person has no ability to work.</summary>
    public static readonly PolicyParameter<int> ElderlyAge = ParameterFactory.Whole(
        "extremePovertyElderlyAge", "TK-02", ParameterUnit.Years, "Age from which a person has no ability to work.", 1, 150);

    /// <summary>TK-02: below this age a person has no ability to work.</summary>
    public static readonly PolicyParameter<int> ChildAge = ParameterFactory.Whole(
        "extremePovertyChildAge", "TK-02", ParameterUnit.Years, "Age below which a person has no ability to work.", 0, 30);

    /// <summary>TK-02: intellectual and mental disabilities of this grade or more severe (lower number) mean no ability to work.</summary>
    public static readonly PolicyParameter<int> IntellectualMentalMaxGrade = ParameterFactory.Whole(
        "extremePovertyIntellectualMentalMaxGrade", "TK-02", ParameterUnit.Count, "Least severe intellectual or mental disability grade that means no ability to work.", 0, 4);

    /// <summary>TK-02: physical disabilities of this grade or more severe mean no ability to work.</summary>
    public static readonly PolicyParameter<int> PhysicalMaxGrade = ParameterFactory.Whole(
        "extremePovertyPhysicalMaxGrade", "TK-02", ParameterUnit.Count, "Least severe physical disability grade that means no ability to work.", 0, 4);

    /// <summary>TK-02: visual disabilities of this grade or more severe mean no ability to work.</summary>
    public static readonly PolicyParameter<int> VisualMaxGrade = ParameterFactory.Whole(
        "extremePovertyVisualMaxGrade", "TK-02", ParameterUnit.Count, "Least severe visual disability grade that means no ability to work.", 0, 4);

    /// <summary>TK-04: an enrolled minor stays enrolled until this age.</summary>
    public static readonly PolicyParameter<int> MinorEnrolmentAge = ParameterFactory.Whole(
        "extremePovertyMinorEnrolmentAge", "TK-04", ParameterUnit.Years, "Age until which an enrolled minor stays enrolled.", 0, 30);
}
