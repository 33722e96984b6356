namespace AgreementFlow.Workflows.Definitions;

/// <summary>Which organisations of an instance a rule means.</summary>
public enum PartySelector
{
    /// <summary>The base organisation (базовая организация), where the student is enrolled.</summary>
    Base,

    /// <summary>Each partner organisation (организация-участник), one assignment per partner.</summary>
    EachPartner,

    /// <summary>Every party: the base and each partner.</summary>
    EveryParty,

    /// <summary>The organisation that received a credit-transfer application.</summary>
    Applicant,
}
