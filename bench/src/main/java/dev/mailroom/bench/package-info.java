/**  */
package dev.mailroom.bench;
