namespace DomainKit.Assistance;

/// <summary>What a temporary-assistance grant meets (TA-05): the months of the standard are banded by need.</summary>
public enum TemporaryNeed
{
    /// <summary>Basic living.</summary>
    BasicLiving = 1,

    /// <summary>Medical costs.</summary>
    Medical = 2,

    /// <summary>Education costs.</summary>
    Education = 3,
}
