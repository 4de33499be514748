/**  */
package dev.mailroom.local;
