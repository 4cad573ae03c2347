namespace Autoscaler.RackspaceApi.Faults;

/// <summary>A fault body as the cloud sent it: <c>{"itemNotFound":{"code":404,"message":"...","details":"..."}}</c> or its XML form.</summary>
/// <param name="Name">The fault's element name, e.g. itemNotFound (empty when the body was not a fault document).</param>
/// <param name="Code">The code inside the fault, or the HTTP status when the body had none.</param>
/// <param name="Message">The fault's message.</param>
/// <param name="Details">The fault's details.</param>
/// <param name="RetryAfter">The overLimit retryAfter value as sent (a time stamp or seconds), when present.</param>
public sealed record RackspaceFault(string Name, int Code, string Message, string? Details, string? RetryAfter);
