namespace DomainKit.Assistance;

/// <summary>Why a person has no ability to work (TK-02, TK-04), or that they have it.</summary>
public enum WorkInability
{
    /// <summary>The person is able to work.</summary>
    None = 0,

    /// <summary>At or above the elderly age.</summary>
    Elderly = 1,

    /// <summary>Below the child age.</summary>
    Child = 2,

    /// <summary>A minor already enrolled, who stays enrolled until the enrolment age (TK-04).</summary>
    EnrolledMinor = 3,

    /// <summary>A disability of a qualifying category and grade.</summary>
    Disability = 4,
}
