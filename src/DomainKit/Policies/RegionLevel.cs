namespace DomainKit.Policies;

/// <summary>The level of an administrative division code (GB/T 2260): province, city (prefecture) or county (district).</summary>
public enum RegionLevel
{
    /// <summary>A province, autonomous region or municipality, such as 370000 Shandong: the last four digits are zero.</summary>
    Province = 1,

    /// <summary>A prefecture-level city, such as 370600 Yantai: the last two digits are zero.</summary>
    City = 2,

    /// <summary>A county, county-level city or district, such as 370602 Zhifu.</summary>
    County = 3,
}
