/**
 * Who may use Vigie: user accounts with PBKDF2-hashed passwords and their roles (innovation centre,
 * quality team, ethics committee, executives, contributors, viewers, administrators), and the
 * sign-in session of the web interface.
 */
package fr.vigie.users;
