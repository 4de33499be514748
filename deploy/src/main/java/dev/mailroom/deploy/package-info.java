/**  */
package dev.mailroom.deploy;
