namespace AgreementFlow.Data.Organizations;

/// <summary>The focus (направленность) of a programme, as supplementary education classifies it.</summary>
public enum ProgramFocus
{
    Technical,
    NaturalScience,
    PhysicalCultureAndSports,
    Artistic,
    TourismAndLocalHistory,
    SocialAndHumanitarian,
    GeneralEducation,
}
