namespace AgreementFlow.Web.Organizations;

/// <summary>An absence as the person records it.</summary>
public sealed record AbsenceInput(DateOnly? From, DateOnly? To, Guid? SubstituteId, string? Note);

/// <summary>A recorded absence with the substitute's name.</summary>
public sealed record AbsenceView(Guid Id, DateOnly From, DateOnly To, Guid SubstituteId, string SubstituteName, string? Note);

/// <summary>A colleague who may act for the person: shares one of their organisations.</summary>
public sealed record ColleagueView(Guid Id, string FullName, string Organizations);
