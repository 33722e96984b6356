namespace AgreementFlow.Data.Organizations;

/// <summary>What a person does in an organisation; one person may hold several roles.</summary>
public enum OrganizationRole
{
    /// <summary>Директор: approves and signs.</summary>
    Director,

    /// <summary>Юрист / методист: maintains templates, reviews drafts.</summary>
    Legal,

    /// <summary>Координатор сетевого взаимодействия: drafts agreements and chases them.</summary>
    Coordinator,

    /// <summary>Делопроизводитель: registers credit-transfer applications.</summary>
    Clerk,

    /// <summary>Член комиссии: compares results for credit transfer.</summary>
    CommissionMember,
}
