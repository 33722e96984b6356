namespace AgreementFlow.Documents.Templates;

/// <summary>What 273-FZ art. 15 part 3 requires a network-form agreement to state (items 1–5).</summary>
public enum StatutoryItem
{
    /// <summary>Type, level and/or focus of the programme (вид, уровень, направленность).</summary>
    ProgramKind = 1,

    /// <summary>Status of students, admission rules, academic mobility.</summary>
    StudentStatus = 2,

    /// <summary>Conditions and procedure of delivery, distribution of duties, resources of each organisation.</summary>
    DeliveryAndResources = 3,

    /// <summary>Documents on education or training issued, and which organisation issues them.</summary>
    IssuedDocuments = 4,

    /// <summary>Term of the agreement, procedure for changing and terminating it.</summary>
    TermAndChanges = 5,
}
