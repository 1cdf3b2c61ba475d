namespace DomainKit.Assistance;

/// <summary>The departments that handle a case jointly (协同办理, ZF-WF-02, ZF-WF-04).</summary>
public enum Department
{
    /// <summary>Human resources and social security.</summary>
    HumanResourcesAndSocialSecurity = 1,

    /// <summary>Education and sports.</summary>
    EducationAndSports = 2,

    /// <summary>Health.</summary>
    Health = 3,

    /// <summary>Civil affairs.</summary>
    CivilAffairs = 4,

    /// <summary>The subdistrict (street) office.</summary>
    SubdistrictOffice = 5,

    /// <summary>The charity federation, for charitable aid.</summary>
    CharityFederation = 6,

    /// <summary>The county (district) government, which routes every need no department is named for (ZF-WF-02).</summary>
    County = 7,
}
