namespace AgreementFlow.Workflows.Runtime.Instances;

/// <summary>The part an organisation plays in an instance.</summary>
public enum PartyRole
{
    /// <summary>The base organisation (базовая организация).</summary>
    Base,

    /// <summary>A participant organisation (организация-участник).</summary>
    Partner,

    /// <summary>The organisation that received a credit-transfer application.</summary>
    Applicant,
}
