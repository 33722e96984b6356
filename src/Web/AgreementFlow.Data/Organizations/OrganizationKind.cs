namespace AgreementFlow.Data.Organizations;

/// <summary>What sort of educational organisation this is.</summary>
public enum OrganizationKind
{
    /// <summary>A general-education school (общеобразовательная организация, ОУ).</summary>
    School,

    /// <summary>A supplementary-education centre (организация дополнительного образования, УДО).</summary>
    Centre,

    /// <summary>Anything else: a college, a museum, a business partner.</summary>
    Other,
}
