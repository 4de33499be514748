/**  */
package dev.mailroom.router;
