using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>409 backupOrResizeInProgress: a backup or resize is under way on the server.</summary>
public sealed class BackupOrResizeInProgressException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
